// One map style: the WebGL layers, the SVG map and the build-time picture are all drawn from the map
// style tokens, and no colour or Shanxi extent is written anywhere else in the code.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerSpecification } from 'maplibre-gl';
import { basemapLayers } from '../../../src/features/map/basemap-layers';
import { planLayers } from '../../../src/features/map/plan-layers';
import { svgMapVariables } from '../../../src/lib/svg-map/svg-style';
import { previewSvg } from '../../../src/lib/svg-map/preview-svg';
import { BASEMAP_STROKES, MAP_COLORS, PLAN_STYLE, PROJECTION_THEME, SCREEN_THEME, SEATS, atZoom } from '../../../src/lib/style/map-tokens';
import { SHANXI_EXTENT } from '../../../src/lib/geo/shanxi-extent';
import { compiledCatalogue } from '../present/catalogue-fixture';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { firstLayers } from '../plans/registry-data';

const paint = (layers: LayerSpecification[], id: string) => (layers.find((l) => l.id === id) as { paint: Record<string, unknown> }).paint;
const layout = (layers: LayerSpecification[], id: string) => (layers.find((l) => l.id === id) as { layout: Record<string, unknown> }).layout;

describe('the three renderers read the same tokens', () => {
  const gl = basemapLayers('name');
  const svg = svgMapVariables();
  const topology = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as Topology;
  const overlay = JSON.parse(readFileSync('public/data/overlay.json', 'utf8')) as FeatureCollection;
  const picture = previewSvg({ topology, overlay }, compiledCatalogue().features.features, 'zh', firstLayers);

  it('basemap lines: the same colour in the WebGL layer, the SVG map and the picture', () => {
    const drawn: [string, keyof typeof BASEMAP_STROKES][] = [['rivers', 'river'], ['prefecture-borders', 'prefectureBorder'], ['province-border', 'provinceBorder'], ['rail', 'rail']];
    for (const [layer, token] of drawn) {
      const colour = BASEMAP_STROKES[token].color;
      expect(paint(gl, layer)['line-color'], layer).toBe(colour);
      expect(Object.values(svg), token).toContain(colour);
      expect(picture, token).toContain(`stroke="${colour}"`);
    }
    expect(paint(gl, 'hsr')['line-dasharray']).toEqual(BASEMAP_STROKES.hsr.dash);
    expect(paint(gl, 'rail')['line-dasharray']).toEqual(BASEMAP_STROKES.rail.dash);
  });

  it('land, province, seats and plan fills', () => {
    expect(paint(gl, 'background')['background-color']).toBe(MAP_COLORS.land);
    expect(picture).toContain(`fill="${MAP_COLORS.land}"`);
    expect(svg['--fb-land']).toBe(MAP_COLORS.land);
    expect(picture).toContain(`fill="${MAP_COLORS.province}"`);
    expect(paint(gl, 'prefecture-seats')['circle-color']).toBe(SEATS.prefecture.color);
    expect(picture).toContain(`fill="${SEATS.prefecture.color}"`);
    expect(svg['--fb-seat']).toBe(SEATS.prefecture.color);
    expect(JSON.stringify(paint(planLayers('nameZh'), 'plan-fill')['fill-opacity'])).toContain(`${PLAN_STYLE.fillOpacity.rest}`);
    expect(picture).toContain(`fill-opacity="${PLAN_STYLE.fillOpacity.rest}"`);
    expect(svg['--fb-fill-opacity']).toBe(`${PLAN_STYLE.fillOpacity.rest}`);
  });

  it('labels: the seat names in the picture and the SVG map have the tokens\' size and colour', () => {
    const size = Math.round(atZoom(SCREEN_THEME.labels.prefecture.size, 6));
    expect(picture).toContain(`font-size="${size}" fill="${SCREEN_THEME.labels.prefecture.color}">太原市<`);
    expect(svg['--fb-seat-label']).toBe(SCREEN_THEME.labels.prefecture.color);
    expect(paint(gl, 'prefecture-labels')['text-color']).toBe(SCREEN_THEME.labels.prefecture.color);
  });

  it('the projection theme: every name at least 24 px on an opaque halo', () => {
    const projected = [...basemapLayers('name', PROJECTION_THEME), ...planLayers('nameZh', PROJECTION_THEME)];
    for (const id of ['prefecture-labels', 'neighbour-labels', 'river-labels', 'county-labels', 'plan-labels']) {
      const size = layout(projected, id)['text-size'];
      const sizes = typeof size === 'number' ? [size] : JSON.stringify(size).match(/\d+(\.\d+)?/g)!.map(Number).filter((n) => n > 1);
      expect(Math.min(...sizes), id).toBeGreaterThanOrEqual(24);
      expect(paint(projected, id)['text-halo-width'], id).toBeGreaterThanOrEqual(3);
    }
  });

  it('on a narrow (phone) map English plan names are smaller by the theme\'s factor; Chinese ones and projected ones keep their size', () => {
    // The sizes in the expression: every number but an interpolation's zoom stops.
    const numbers = (e: unknown): number[] => typeof e === 'number' ? [e]
      : Array.isArray(e) ? e.flatMap((x, i) => (e[0] === 'interpolate' && i >= 3 && (i - 3) % 2 === 0 ? [] : numbers(x))) : [];
    const sizes = (layers: LayerSpecification[]) => numbers(layout(layers, 'plan-labels')['text-size']);
    const [wide, narrow] = [false, true].map((n) => sizes(planLayers('nameEn', SCREEN_THEME, n)));
    expect(SCREEN_THEME.planLabel.narrowEnScale).toBeLessThan(1);
    narrow.forEach((size, i) => expect(size).toBeCloseTo(wide[i] * SCREEN_THEME.planLabel.narrowEnScale));
    expect(sizes(planLayers('nameZh', SCREEN_THEME, true))).toEqual(sizes(planLayers('nameZh', SCREEN_THEME, false)));
    expect(sizes(planLayers('nameEn', PROJECTION_THEME, true))).toEqual(sizes(planLayers('nameEn', PROJECTION_THEME, false)));
  });
});

/** Files that may hold literal colours, each with its reason. Map style belongs in the tokens. */
const COLOUR_ALLOWED: Record<string, string> = {
  'src/lib/style/map-tokens.ts': 'the map style tokens',
  'src/lib/style/kind-styles.ts': 'the kind colours (tokens of the plan features)',
  'src/app/app.css': 'the UI theme\'s custom properties (page chrome, not the map)',
  'src/app/side-panel.css': 'UI chrome: the side panel',
  'src/features/author/author.css': 'UI chrome: the authoring panel (author server only)',
  'src/features/present/present.css': 'UI chrome: the presenter caption and bar',
  'src/features/export/export.css': 'UI chrome: the export dialog and print page',
  'src/features/export/render-export.ts': 'the exported image\'s title and caption frame, not the map drawn in it',
  'src/features/search/search.css': 'UI chrome: the search box and options',
  'src/features/map-preview/map-preview.css': 'UI chrome: the preview hint and focus ring',
  'src/features/reader/reader-coverage.css': 'UI chrome: the reader',
  'src/features/timeline/plan-timeline.css': 'UI chrome: the plan timeline',
  'src/features/list/feature-list.css': 'UI chrome: the feature list',
  'src/features/list/FeatureList.tsx': 'a grey dot for a plan without a colour (UI, not the map)',
  'src/features/panel/RelatedFeatures.tsx': 'a grey dot for a plan without a colour (UI, not the map)',
  'src/components/CitationQuote.tsx': 'a grey dot for a plan without a colour (UI, not the map)',
  'src/features/compare/compare.css': 'UI chrome: the compare view',
  'src/features/panel/panel.css': 'UI chrome: the feature panel',
  'src/features/reader/reader-table.css': 'UI chrome: the reader\'s tables',
  'src/components/descriptive-name.css': 'UI chrome: the descriptive-name tag',
  'src/components/copy-citation.css': 'UI chrome: the citation menu and "Report a problem"',
  'src/components/glossary.css': 'UI chrome: glossary terms and their popover',
  'src/features/sources/glossary-list.css': 'UI chrome: the glossary view and the 天地图 form',
  'src/components/qr-code.css': 'a QR code is black on white: what a camera reads, not a style',
  'src/components/QrCode.tsx': 'a QR code is black on white: what a camera reads, not a style',
  'src/features/export/draw-qr.ts': 'a QR code is black on white: what a camera reads, not a style',
  'src/features/locator/locator-inset.css': 'the locator inset\'s China outline: an overview figure beside the map, not drawn by the map renderers',
};
const EXTENT_ALLOWED: Record<string, string> = { 'src/lib/geo/shanxi-extent.ts': 'the extent itself' };

const COLOUR = /#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b(?![-\w])|\b(?:rgba?|hsla?)\(/;
const EXTENT = new RegExp(`(?<![\\d.])(?:${SHANXI_EXTENT.map((n) => String(n).replace('.', '\\.')).join('|')})(?![\\d])`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('no map style outside the tokens', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
  it('no literal colour (#hex, rgb(), hsl()) in src/ or scripts/ outside the tokens and the listed UI files', () => {
    const found = files.filter((f) => !(f in COLOUR_ALLOWED)).flatMap((f) =>
      readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (COLOUR.test(line.replace(/\/\/.*$|\/\*.*?\*\//g, '')) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
  it('no Shanxi extent number outside shanxi-extent.ts', () => {
    const found = files.filter((f) => !(f in EXTENT_ALLOWED)).flatMap((f) =>
      readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (EXTENT.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
  it('the scan sees a colour and an extent number where there is one', () => {
    expect(COLOUR.test("paint: { 'line-color': '#7eb0d9' }")).toBe(true);
    expect(COLOUR.test('fill: rgba(255, 255, 255, 0.9)')).toBe(true);
    expect(COLOUR.test('href="#p"')).toBe(false);
    expect(EXTENT.test('bounds: [110.2, 34.55, 114.6, 40.75]')).toBe(true);
    expect(EXTENT.test('[110.25, 34.8]')).toBe(false);
    for (const f of Object.keys({ ...COLOUR_ALLOWED, ...EXTENT_ALLOWED })) expect(statSync(f).isFile(), f).toBe(true);
  });
});
