// The static first view: its path thinning keeps shapes (within a pixel) while dropping detail no one
// can see, and the picture made from the compiled data shows the default layers and only them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { coarse, previewSvg, simplifyLine } from '../../../src/features/map-fallback/preview-svg';
import { DEFAULT_LAYERS, visibleFeatureIds } from '../../../src/lib/catalogue/layer-visibility';
import { compiledCatalogue } from '../present/catalogue-fixture';

/** Relative path data (as `coarse` writes it) back to absolute subpaths. */
function absolute(d: string): [number, number][][] {
  return [...d.matchAll(/M([^lMZ]*)(?:l([^MZ]*))?Z?/g)].map(([, start, steps]) => {
    const points = [start.split(',').map(Number) as [number, number]];
    for (const step of (steps ?? '').trim().split(' ').filter(Boolean)) {
      const [dx, dy] = step.split(',').map(Number);
      const [x, y] = points[points.length - 1];
      points.push([x + dx, y + dy]);
    }
    return points;
  });
}

describe('preview path thinning', () => {
  it('drops vertices closer than the step, keeps the last one, and writes relative steps without drift', () => {
    const xs = Array.from({ length: 200 }, (_, i) => [i * 0.13 + 10.04, Math.sin(i / 20) * 8 + 50.01]);
    const d = `M${xs.map(([x, y]) => `${x},${y}`).join('L')}`;
    const out = absolute(coarse(d));
    expect(out).toHaveLength(1);
    expect(out[0].length).toBeLessThan(xs.length / 3);
    const last = xs[xs.length - 1];
    expect(out[0][out[0].length - 1][0]).toBeCloseTo(last[0], 1);
    expect(out[0][out[0].length - 1][1]).toBeCloseTo(last[1], 1);
    // Every kept vertex is one of the originals, rounded to a tenth: summing 60 steps did not drift.
    for (const [x, y] of out[0]) expect(xs.some(([ox, oy]) => Math.abs(ox - x) < 0.06 && Math.abs(oy - y) < 0.06)).toBe(true);
  });

  it('drops vertices that stay near the line through their neighbours and keeps the corners', () => {
    const wiggle = Array.from({ length: 50 }, (_, i) => [i, i % 2 ? 0.4 : -0.4]);
    expect(simplifyLine([[0, 0], ...wiggle.slice(1, -1), [49, 0]], 1)).toEqual([[0, 0], [49, 0]]);
    const corner = [[0, 0], [5, 0.3], [10, 0], [10, 5], [10.2, 10], [10, 20]];
    expect(simplifyLine(corner, 1)).toEqual([[0, 0], [10, 0], [10, 20]]);
    // Every dropped vertex lies within the tolerance of the kept line.
    const curve = Array.from({ length: 100 }, (_, i) => [i, 20 * Math.sin(i / 15)]);
    const kept = simplifyLine(curve, 1);
    expect(kept.length).toBeLessThan(30);
    for (const [x, y] of curve) {
      const k = kept.findIndex(([kx]) => kx >= x);
      const [ax, ay] = kept[Math.max(0, k - 1)];
      const [bx, by] = kept[k];
      const yOnLine = bx === ax ? ay : ay + ((by - ay) * (x - ax)) / (bx - ax);
      expect(Math.abs(y - yOnLine)).toBeLessThanOrEqual(1.5);
    }
  });

  it('keeps closed rings closed and drops rings too small to see', () => {
    const ring = 'M0,0L10,0L10,10L0,10Z';
    expect(coarse(ring)).toBe('M0,0l10,0 0,10 -10,0Z');
    expect(coarse('M0,0L0.5,0L0.5,0.5Z')).toBe('');
    expect(coarse(`${ring}M20,20L30,20L30,30Z`)).toBe('M0,0l10,0 0,10 -10,0ZM20,20l10,0 0,10Z');
  });
});

describe('the preview made from the compiled data', () => {
  const topology = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as Topology;
  const overlay = JSON.parse(readFileSync('public/data/overlay.json', 'utf8')) as FeatureCollection;
  const { features } = compiledCatalogue();
  const zh = previewSvg({ topology, overlay }, features.features, 'zh');
  const en = previewSvg({ topology, overlay }, features.features, 'en');

  it('names the default layers\' areas and the prefecture seats, in the chosen language', () => {
    const shown = new Set(visibleFeatureIds(features.features, DEFAULT_LAYERS, null));
    const cluster = features.features.find((f) => shown.has(f.properties.id) && f.properties.name.zh === '山西中部城市群');
    expect(cluster).toBeDefined();
    expect(zh).toContain('>山西中部城市群<');
    expect(en).toContain(`>${cluster!.properties.name.en}<`);
    const seats = feature(topology, topology.objects.prefectures as GeometryCollection).features.length;
    expect(zh.match(/市</g)?.length).toBeGreaterThanOrEqual(seats);
    expect(zh).toContain('>太原市<');
    expect(en).toContain('>Taiyuan<');
  });

  it('draws nothing from layers that are off at first', () => {
    const hidden = features.features.filter((f) => !visibleFeatureIds(features.features, DEFAULT_LAYERS, null).includes(f.properties.id));
    const hiddenName = hidden.find((f) => f.geometry && !zh.includes(f.properties.name.zh) && f.properties.name.zh.length > 4);
    expect(hiddenName).toBeDefined(); // a hidden feature exists whose name is absent
    const shownCount = (zh.match(/fill-opacity="0.1"/g) ?? []).length;
    const areas = visibleFeatureIds(features.features, DEFAULT_LAYERS, null)
      .map((id) => features.features.find((f) => f.properties.id === id)!)
      .filter((f) => f.geometry?.type.includes('Polygon')).length;
    expect(shownCount).toBe(areas);
  });

  it('stays a small, well-formed file: under 30 KB gzip, one root, no script', () => {
    expect(gzipSync(zh).length).toBeLessThan(30_000);
    expect(zh.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(zh.endsWith('</svg>')).toBe(true);
    expect(zh).not.toMatch(/<script|on[a-z]+=/i);
    expect(zh).not.toMatch(/NaN|undefined/);
  });

  it('escapes names, so data can never become markup', () => {
    const hostile = structuredClone(features.features.find((f) => visibleFeatureIds([f], DEFAULT_LAYERS, null).length && f.geometry?.type.includes('Polygon'))!);
    hostile.properties.name = { zh: '<script>alert(1)</script>', en: '"><img src=x onerror=alert(1)>' };
    const svg = previewSvg({ topology, overlay }, [hostile], 'en') + previewSvg({ topology, overlay }, [hostile], 'zh');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&#60;script&#62;');
  });
});
