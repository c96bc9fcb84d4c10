// The map's font is cut to its labels at build time. These tests read the labels the way the map
// does (its sources and the `text-field` of its symbol layers) from the compiled data, so a label
// added by a new plan, seat or river fails here until the font holds its glyphs (no tofu).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import subsetFont from 'subset-font';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { buildMapFonts, fontGroups, rangeBounds, toRanges, type MapFontManifest } from '../../../scripts/compile/map-fonts';
import { collectMapLabels } from '../../../scripts/compile/map-labels';
import { readCmap, readSfnt } from '../../../scripts/compile/truetype-merge';
import { basemapSources } from '../../../src/features/map/basemap-sources';
import { basemapLayers } from '../../../src/features/map/basemap-layers';
import { planLayers, PLAN_SOURCE } from '../../../src/features/map/plan-layers';
import { planSourceData } from '../../../src/features/map/plan-source';
import type { AtlasFeatureCollection, PlanFeatureCollection } from '../../../src/lib/catalogue/catalogue-types';
import { firstLayers } from '../plans/registry-data';

const DATA = 'public/data';
const FONTS = 'public/fonts';
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The code points a woff2 file has glyphs for. */
async function fontCodes(woff2: Buffer): Promise<Set<number>> {
  return new Set(readCmap(readSfnt(await subsetFont(woff2, undefined, { keepAllGlyphs: true, targetFormat: 'truetype' }))).keys());
}

/** Property names a `text-field` expression reads (`['get', name]` anywhere inside it). */
function readProperties(expression: unknown): string[] {
  if (!Array.isArray(expression)) return [];
  if (expression[0] === 'get' && typeof expression[1] === 'string') return [expression[1]];
  return expression.flatMap(readProperties);
}

/** Every text the map's symbol layers can draw from these sources, in both languages. */
function labelsDrawnByTheMap(sources: Record<string, FeatureCollection>): string[] {
  const layers = [...basemapLayers('name'), ...basemapLayers('nameEn'), ...planLayers('nameZh'), ...planLayers('nameEn')];
  return layers.flatMap((layer) => {
    if (layer.type !== 'symbol') return [];
    const props = readProperties(layer.layout?.['text-field']);
    const source = sources[layer.source as string];
    if (!source) throw new Error(`layer ${layer.id}: no source ${String(layer.source)}`);
    return source.features.flatMap((f) => props.map((p) => f.properties?.[p]).filter((v): v is string => typeof v === 'string'));
  });
}

describe('map font cut to the labels', () => {
  it('reads and writes unicode-range entries', () => {
    expect(rangeBounds('U+4E00-4E0F')).toEqual([0x4e00, 0x4e0f]);
    expect(rangeBounds('U+26')).toEqual([0x26, 0x26]);
    expect(rangeBounds('U+0??')).toEqual([0, 0xff]);
    expect(toRanges([0x4e00, 0x4e01, 0x4e02, 0x4e05])).toEqual(['U+4E00-4E02', 'U+4E05']);
  });

  it('puts each Chinese character in the first file that needs it, Latin apart', () => {
    const groups = fontGroups({ firstView: ['太原市', 'Taiyuan'], zoomedIn: ['小店区', 'Xiaodian'], otherLayers: ['太原都市区'] });
    const text = (name: string) => String.fromCodePoint(...(groups.find((g) => g.name === name)?.codes ?? []));
    expect(groups.map((g) => g.name)).toEqual(['latin', 'zh-first', 'zh-zoomed', 'zh-layers']);
    expect([...text('latin')].sort().join('')).toBe([...new Set('TaiyuanXiaodian')].sort().join(''));
    expect([...text('zh-first')].sort()).toEqual([...'太原市'].sort());
    expect([...text('zh-zoomed')].sort()).toEqual([...'小店区'].sort());
    expect([...text('zh-layers')].sort()).toEqual([...'都'].sort());
  });

  it("collects a newly added plan's feature names (zh and en) from the data", () => {
    const features = readJson<PlanFeatureCollection>(join(DATA, 'features.geojson'));
    const added = structuredClone(features.features[0]!);
    added.properties = { ...added.properties, id: 'test-new-plan-zone', name: { zh: '鼋鼍试验区', en: 'Yuantuo Pilot Zone' }, seeds: ['999_test'], frames: [] };
    const labels = collectMapLabels(readJson<Topology>(join(DATA, 'basemap.topo.json')), readJson(join(DATA, 'overlay.json')), { ...features, features: [...features.features, added] }, firstLayers);
    expect(labels.otherLayers).toEqual(expect.arrayContaining(['鼋鼍试验区', 'Yuantuo Pilot Zone']));
  });

  it('cuts files that hold exactly the glyphs asked for, from several source files merged', async () => {
    const out = mkdtempSync(join(tmpdir(), 'map-fonts-'));
    try {
      const manifest = await buildMapFonts({ firstView: ['山西 Shanxi'], zoomedIn: ['鼋鼍'], otherLayers: ['龘（一）'] }, out);
      expect(manifest.faces).toHaveLength(4);
      for (const face of manifest.faces) {
        const codes = await fontCodes(readFileSync(join(out, face.file)));
        const wanted = face.ranges.flatMap((r) => { const [a, b] = rangeBounds(r); return Array.from({ length: b - a + 1 }, (_, i) => a + i); });
        expect(wanted.filter((c) => !codes.has(c)), face.file).toEqual([]);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);

  it('every character the map can label has its glyph in the served font (no tofu)', async () => {
    expect(existsSync(join(FONTS, 'faces.json')), 'run `npm run data:compile` first').toBe(true);
    const manifest = readJson<MapFontManifest>(join(FONTS, 'faces.json'));
    const catalogue = readJson<AtlasFeatureCollection>(join(DATA, 'features.geojson'));
    const sources = { ...basemapSources(readJson<Topology>(join(DATA, 'basemap.topo.json')), readJson(join(DATA, 'overlay.json'))), [PLAN_SOURCE]: planSourceData(catalogue) };
    const labels = labelsDrawnByTheMap(sources);
    expect(labels.length).toBeGreaterThan(1000);
    const glyphs = new Map<number, string>();
    for (const face of manifest.faces) for (const c of await fontCodes(readFileSync(join(FONTS, face.file)))) glyphs.set(c, face.file);
    const declared = (c: number) => manifest.faces.find((f) => f.ranges.some((r) => { const [a, b] = rangeBounds(r); return c >= a && c <= b; }));
    const tofu = labels.filter((label) => [...label].some((ch) => {
      const c = ch.codePointAt(0)!;
      if (c === 0x20 || manifest.absent.includes(ch)) return false;
      const face = declared(c);
      return !face || glyphs.get(c) !== face.file;
    }));
    expect(tofu).toEqual([]);
  }, 30_000);

  it('leaves out only characters Noto Sans SC itself lacks', async () => {
    const manifest = readJson<MapFontManifest>(join(FONTS, 'faces.json'));
    if (!manifest.absent.length) return;
    const out = mkdtempSync(join(tmpdir(), 'map-fonts-'));
    try {
      // Cut again from the sources alone: a character is absent only when no source file has it.
      const again = await buildMapFonts({ firstView: manifest.absent, zoomedIn: [], otherLayers: [] }, out);
      expect(again.absent.sort()).toEqual([...manifest.absent].sort());
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
