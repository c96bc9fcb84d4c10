// The first-view picture's names: placed clear of each other, of the seat dots and of what the app lays
// over the picture (preview hint, locator inset) on a desktop and a phone, in both languages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { previewLabels, PREVIEW_SIZE, PREVIEW_VIEW_BOX } from '../../../src/lib/svg-map/preview-svg';
import { drawFallback } from '../../../src/lib/svg-map/fallback-geometry';
import { placeLabels, overlaps, type Box } from '../../../src/lib/svg-map/place-labels';
import { coveredInPicture, shownOnEveryScreen, PREVIEW_SCREENS } from '../../../src/lib/svg-map/preview-screens';
import { visibleFeatureIds } from '../../../src/lib/catalogue/layer-visibility';
import { firstLayers as DEFAULT_LAYERS } from '../plans/registry-data';
import { compiledCatalogue } from '../present/catalogue-fixture';

describe('placeLabels', () => {
  const request = (text: string, x: number, y: number) => ({ text, x, y, size: 10, candidates: [[0, 0], [0, 30], [0, 60]] as [number, number][] });
  it('moves a label to its next candidate when the first is taken, and leaves out one with no room', () => {
    const area: Box = [0, 0, 200, 100];
    const placed = placeLabels([request('A', 50, 20), request('B', 50, 20), request('C', 50, 20), request('D', 50, 20)], [], area);
    expect(placed.map((p) => [p.request.text, p.y])).toEqual([['A', 20], ['B', 50], ['C', 80]]);
  });
  it('never covers an obstacle or leaves the area', () => {
    const placed = placeLabels([request('A', 50, 20), request('B', 199, 50)], [[40, 5, 60, 25]], [0, 0, 200, 100]);
    expect(placed.map((p) => [p.request.text, p.y])).toEqual([['A', 50]]);
  });
});

describe('the names in the compiled picture', () => {
  const topology = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as Topology;
  const overlay = JSON.parse(readFileSync('public/data/overlay.json', 'utf8')) as FeatureCollection;
  const { features } = compiledCatalogue();
  const drawing = drawFallback(PREVIEW_SIZE.width + 8, PREVIEW_SIZE.height + 8, { topology, overlay }, features.features);
  const shown = new Set(visibleFeatureIds(features.features, DEFAULT_LAYERS, null));
  const plan = drawing.plan.filter((p) => shown.has(p.id));
  const covered = coveredInPicture(PREVIEW_VIEW_BOX, PREVIEW_SCREENS, 0);
  const area = shownOnEveryScreen(PREVIEW_VIEW_BOX, PREVIEW_SCREENS, 0);

  for (const lang of ['zh', 'en'] as const) {
    const placed = previewLabels(drawing, plan, lang);
    it(`${lang}: no two names overlap, none covers a seat dot, the hint or the inset, none is cut off`, () => {
      const dots: Box[] = drawing.seats.map((s) => [s.x - 2, s.y - 2, s.x + 2, s.y + 2]);
      for (const [i, a] of placed.entries()) {
        for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.request.text} × ${b.request.text}`).toBe(false);
        for (const c of [...covered, ...dots]) expect(overlaps(a.box, c), `${a.request.text} under ${c.map(Math.round)}`).toBe(false);
        expect(a.box[0] >= area[0] && a.box[2] <= area[2] && a.box[1] >= area[1] && a.box[3] <= area[3], `${a.request.text} cut off`).toBe(true);
      }
    });
    it(`${lang}: every seat, every neighbour and the default layers' areas are named`, () => {
      const names = new Set(placed.map((p) => p.request.text));
      const name = (l: { name: string; nameEn?: string }) => (lang === 'en' ? l.nameEn ?? l.name : l.name);
      for (const l of [...drawing.seats, ...drawing.neighbourLabels]) expect(names, name(l)).toContain(name(l));
      // All but at most one area (the province-wide zone's long English name may find no room).
      const areas = plan.filter((p) => p.shape !== 'point').map((p) => (lang === 'en' ? p.nameEn : p.nameZh));
      expect(areas.filter((a) => !names.has(a)).length).toBeLessThanOrEqual(lang === 'en' ? 1 : 0);
    });
  }
});
