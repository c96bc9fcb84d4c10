// Types of the built catalogue (`data/features.geojson`, `data/frames.json`): what the app reads.
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Lang = 'zh' | 'en';
export interface Names { zh: string; en: string }

export type Basis = 'quoted' | 'derived' | 'external';
export interface Provenance { basis: Basis; note?: string }

/** A quote resolved against its document at build time. */
export interface ResolvedCitation {
  seed: string;
  quote: string;
  gloss?: string;
  paragraphId: string;
  start: number;
  end: number;
  headingPath: string[];
  lines: [number, number];
}

export interface FrameMembership { frame: string; label: string }

export interface PlanFeatureProperties {
  id: string;
  name: Names;
  kind: string;
  frames: FrameMembership[];
  seeds: string[];
  citations: ResolvedCitation[];
  provenance: Provenance[];
  schematic: boolean;
  recipe: string;
  note?: string;
  /** For `external` recipes: where the arrow points. */
  direction?: string;
}

export type PlanFeature = Feature<Geometry | null, PlanFeatureProperties>;
export type PlanFeatureCollection = FeatureCollection<Geometry | null, PlanFeatureProperties>;

export interface FrameGroup { label: string; count: number | 'many'; members: string[] }

export interface PlanFrame {
  id: string;
  name: Names;
  seed: string;
  citations: ResolvedCitation[];
  groups: FrameGroup[];
  provenance: Provenance[];
}
