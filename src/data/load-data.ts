// Fetches the built data files, relative to the page so the site works under any sub-path.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { AtlasFeatureCollection, FeatureDetails, Names, PlanFrame } from '../lib/catalogue/catalogue-types';
import type { Catalogue } from '../store/atlas-store';
import { cached } from './data-cache';
import type { PlanSummary } from '../lib/plans/plan-summary';

export type { PlanSummary };

export const dataUrl = (path: string) => new URL(`data/${path}`, document.baseURI).href;

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(dataUrl(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * The first view's one topology: the catalogue's features (object `features`) and the basemap's
 * objects, sharing arcs. Fetched once for both the panel and the map.
 */
export const loadTopology = () => cached('catalogue.topo.json', () => getJson<Topology>('catalogue.topo.json'));

export async function loadCatalogue(): Promise<Catalogue> {
  const [topology, frames] = await Promise.all([loadTopology(), getJson<PlanFrame[]>('frames.json')]);
  const features = feature(topology, topology.objects.features as GeometryCollection) as unknown as AtlasFeatureCollection;
  return { features, frames };
}

export const loadDetails = () => cached('feature-details.json', () => getJson<Record<string, FeatureDetails>>('feature-details.json'));

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
