// Fetches the built data files, relative to the page so the site works under any sub-path.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { FeatureDetails, FeatureDetailsPart, Names } from '../lib/catalogue/catalogue-types';
import { readShard, type CataloguePart, type PlanShard } from '../lib/catalogue/plan-shards';
import { cached } from './data-cache';
import type { PlanSummary } from '../lib/plans/plan-summary';

export type { PlanSummary };

export const dataUrl = (path: string) => new URL(`data/${path}`, document.baseURI).href;

/** A data file's response; a failed one throws, naming the file. */
async function fetchData(path: string): Promise<Response> {
  const res = await fetch(dataUrl(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await (await fetchData(path)).json()) as T;
}

/**
 * The basemap's objects and the arcs the plans' files continue (src/lib/catalogue/plan-shards.ts).
 * Fetched once for the map, the places and every plan's features.
 */
export const loadTopology = () => cached('catalogue/base', () => getJson<Topology>('catalogue/base.topo.json'));

const planPath = (plan: string) => `catalogue/${encodeURIComponent(plan)}.json`;

/** One plan's file (data/catalogue/<plan>.json) as its bytes (UTF-8 JSON, held outside the JavaScript heap while
 * read ahead), parsed when the plan is drawn. */
export const loadPlanBytes = async (plan: string): Promise<ArrayBuffer> => (await fetchData(planPath(plan))).arrayBuffer();

const utf8 = new TextDecoder();
export const parsePlanBytes = (bytes: ArrayBuffer): PlanShard => JSON.parse(utf8.decode(bytes)) as PlanShard;

/** A plan's features and frames, read from its file with the base's arcs. */
export const readPlanFile = (shard: PlanShard): Promise<CataloguePart> => loadTopology().then((base) => readShard(base, shard));

/**
 * Every feature's details, read in parts (data/feature-details/<k>.json, a few hundred KB each): the first says how
 * many there are; the others are fetched together and each parsed as it comes, in a task of its own.
 */
export const loadDetails = () => cached('feature-details', async () => {
  const part = (k: number) => getJson<FeatureDetailsPart>(`feature-details/${k}.json`);
  const first = await part(0);
  const rest = await Promise.all(Array.from({ length: first.of - 1 }, (_, k) => part(k + 1)));
  return Object.assign({}, first.details, ...rest.map((p) => p.details)) as Record<string, FeatureDetails>;
});

/** One feature's details (data/details/<id>.json, a few hundred bytes): what a selection shows at once. */
export const loadFeatureDetails = (id: string) => cached(`details/${id}`, () => getJson<FeatureDetails>(`details/${encodeURIComponent(id)}.json`));

export async function loadBasemap(): Promise<{ topology: Topology; overlay: FeatureCollection }> {
  const [topology, overlay] = await Promise.all([loadTopology(), getJson<FeatureCollection>('overlay.json')]);
  return { topology, overlay };
}

/** The registered plans, oldest first (compiled from data/plans/ by scripts/compile-data.ts). */
export const loadPlans = () => cached('plans.json', () => getJson<PlanSummary[]>('plans.json'));

/** The glossary of planning terms (compiled from data/glossary.json); fetched when a text first shows terms. */
export const loadGlossary = () => cached('glossary.json', () => getJson<import('../lib/glossary/glossary-types').Glossary>('glossary.json'));

export interface SourceEntry { id: string; name: Names; what?: Names; licence: Names; attribution?: string; notes?: string; version?: string; package?: string }
export const loadSources = () => cached('sources.json', () => getJson<SourceEntry[]>('sources.json'));

export const loadDocument = (id: string) => getJson<import('../lib/documents/document-types').PlanDocument>(`documents/${id}.json`);

/** What a tap on the first view's picture hits, and its projection (src/lib/preview/picture-hit.ts). */
export const loadPreviewHits = () => cached('preview-hits.json', () => getJson<import('../lib/preview/picture-hit').PictureHits>('preview-hits.json'));

/** The locator inset's schematic outline of China and Shanxi (scripts/data/build-china-outline.ts) as SVG
 * paths, projected at compile time (src/lib/geo/locator-paths.ts). */
export const loadLocator = () => getJson<import('../lib/geo/locator-paths').LocatorPaths>('locator.json');
