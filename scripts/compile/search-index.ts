// Builds data/search-index.json: every feature and place (prefectures, counties with their seats) with
// Chinese, English and tone-less pinyin names, and the plans that plan-text search reads (their text is
// indexed in data/search/, by writeTextIndex).
// Pinyin is computed here, at build time, so the app never ships a pinyin dictionary.
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Names, PlanFeatureCollection } from '../../src/lib/catalogue/catalogue-types';
import type { PlanDocument } from '../../src/lib/documents/document-types';
import type { FrameName, SearchIndexFile, SearchPlaceEntry } from '../../src/lib/search/search-index-types';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTextIndex, textLayout } from '../../src/lib/search/text-index-build';
import { pinyinSyllables } from './romanize';

/** "太原及周边“1+30”区域" → "tai yuan ji zhou bian 1 3 0 qu yu": syllables, letters and digits; punctuation dropped. */
export const spacedPinyin = (zh: string): string =>
  pinyinSyllables(zh)
    .map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .join(' ');

interface PlaceProps { adcode: string; name: string; nameEn: string; prefecture?: string; seat: [number, number] }

const propsOf = (topology: Topology, object: 'prefectures' | 'counties') =>
  (topology.objects[object] as GeometryCollection).geometries.map((g) => g.properties as PlaceProps);

function places(topology: Topology, object: 'prefectures' | 'counties'): SearchPlaceEntry[] {
  const prefectureEn = new Map(propsOf(topology, 'prefectures').map((p) => [p.name, p.nameEn]));
  return propsOf(topology, object).map((p) => {
    return {
      id: p.adcode,
      kind: object === 'prefectures' ? 'prefecture' : 'county',
      zh: p.name,
      en: p.nameEn,
      py: spacedPinyin(p.name),
      ...(p.prefecture ? { prefecture: { zh: p.prefecture, en: prefectureEn.get(p.prefecture) ?? p.prefecture } } : {}),
      seat: p.seat,
    };
  });
}

interface PlanEntry { id: string; shortTitle: Names }

/** The documents in the order plan-text hits take (the search index's, which the text index numbers paragraphs by). */
const inPlanOrder = (documents: PlanDocument[], plans: PlanEntry[]): PlanDocument[] => {
  const order = (id: string) => plans.findIndex((p) => p.id === id);
  return [...documents].sort((a, b) => order(a.id) - order(b.id));
};

/**
 * `topology`: the romanized basemap (names in English); `features`: the built catalogue;
 * `plans`: the registered plans newest first (public/data/plans.json reversed): the order plan-text hits take;
 * `frames`: every plan's frames, found by their slogans (whichever plans the page has loaded).
 */
export function buildSearchIndex(topology: Topology, features: PlanFeatureCollection, documents: PlanDocument[], plans: PlanEntry[], frames: FrameName[]): SearchIndexFile {
  const ordered = inPlanOrder(documents, plans);
  return {
    features: features.features.map(({ properties: f }) => ({ id: f.id, kind: f.kind, zh: f.name.zh, en: f.name.en, py: spacedPinyin(f.name.zh), ...(f.descriptiveName ? { descriptive: true as const } : {}) })),
    places: [...places(topology, 'prefectures'), ...places(topology, 'counties')],
    frames: frames.map((f) => ({ id: f.id, name: f.name, seed: f.seed })),
    documents: ordered.map((d) => ({ id: d.id, title: d.title.text, short: plans.find((p) => p.id === d.id)?.shortTitle ?? { zh: d.title.text, en: d.title.text }, paragraphs: d.paragraphs.length })),
    text: textLayout(ordered),
  };
}

/** The plans' text index (src/lib/search/text-index.ts) in `dir` (data/search), in the search index's plan order. */
export function writeTextIndex(dir: string, documents: PlanDocument[], plans: PlanEntry[]): void {
  const built = buildTextIndex(inPlanOrder(documents, plans));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  built.shards.forEach((shard, k) => writeFileSync(join(dir, `chars-${k}.json`), JSON.stringify(shard)));
  built.chunks.forEach((rows, c) => writeFileSync(join(dir, `paragraphs-${c}.json`), JSON.stringify(rows)));
}
