// Fetches the built data files, relative to the page so the site works under any sub-path.
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { PlanFeatureCollection, PlanFrame } from '../lib/catalogue/catalogue-types';
import type { Catalogue } from '../store/atlas-store';

export const dataUrl = (path: string) => new URL(`data/${path}`, document.baseURI).href;

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(dataUrl(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export async function loadCatalogue(): Promise<Catalogue> {
  const [features, frames] = await Promise.all([getJson<PlanFeatureCollection>('features.geojson'), getJson<PlanFrame[]>('frames.json')]);
  return { features, frames };
}

export async function loadBasemap(): Promise<{ topology: Topology; overlay: FeatureCollection }> {
  const [topology, overlay] = await Promise.all([getJson<Topology>('basemap.topo.json'), getJson<FeatureCollection>('overlay.json')]);
  return { topology, overlay };
}

export interface PlanSummary { id: string; title: string; titleInferred: boolean; shortTitle: { zh: string; en: string }; year: string; colour: string }
export const loadPlans = () => getJson<PlanSummary[]>('plans.json');

export interface SourceEntry { id: string; name: string; what?: string; licence: string; attribution?: string; notes?: string; version?: string; package?: string }
export const loadSources = () => getJson<SourceEntry[]>('sources.json');
