// Types of the built catalogue (`data/features.geojson`, `data/frames.json`): what the app reads.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ResolvedCitation as PassageLocation } from '../citations/citation-types';

export type Lang = 'zh' | 'en';
export interface Names { zh: string; en: string }

export type Basis = 'quoted' | 'derived' | 'external';
/** A note is `{ zh, en }`; a plain string is the older English-only form (see i18n/bilingual-text). */
export interface Provenance { basis: Basis; note?: string | Names }

/** A quote resolved against its document at build time. */
export interface ResolvedCitation extends PassageLocation {
  seed: string;
  quote: string;
  gloss?: string;
}

/**
 * `label` as the plan writes it (核, 带); `labelEn` its English rendering. `inferred`: the text does
 * not name this part of the frame (the label then carries the inferred mark, see frame-labels).
 */
export interface FrameMembership { frame: string; label: string; labelEn?: string; inferred?: boolean }

/** What the map and lists need (data/catalogue/<plan>.json). */
export interface FeatureSummary {
  id: string;
  name: Names;
  kind: string;
  frames: FrameMembership[];
  seeds: string[];
  schematic: boolean;
  recipe: string;
  /** For `external` recipes: where the arrow points. */
  direction?: string;
  /** For areas: where the map puts the name (a point inside, far from the edges). */
  labelAt?: [number, number];
  /** The zh name is descriptive (the catalogue's), not the plan's wording. */
  descriptiveName?: boolean;
  /** Former ids that resolve to this feature. */
  aliases?: string[];
}

/** What the panel and reader need once something is selected (data/feature-details/<k>.json). */
export interface FeatureDetails {
  citations: ResolvedCitation[];
  provenance: Provenance[];
  note?: string | Names;
  /** Why a feature has no shape (its `none` recipe's reason), in both languages. */
  noShapeReason?: Names;
  /** The plans whose files (data/catalogue/<plan>.json) hold the feature: what a selection loads. */
  plans?: string[];
}

/**
 * One part of every feature's details (data/feature-details/<k>.json, k from 0): a few hundred KB each, however
 * large the corpus, so no one parse holds the page for long. `of`: how many parts there are.
 */
export interface FeatureDetailsPart { of: number; details: Record<string, FeatureDetails> }

/** The open-data record (data/features.geojson): summary and details together. */
export type PlanFeatureProperties = FeatureSummary & FeatureDetails;
export type PlanFeature = Feature<Geometry | null, PlanFeatureProperties>;
export type PlanFeatureCollection = FeatureCollection<Geometry | null, PlanFeatureProperties>;

export type AtlasFeature = Feature<Geometry | null, FeatureSummary>;
export type AtlasFeatureCollection = FeatureCollection<Geometry | null, FeatureSummary>;

/** `inferred`: why the catalogue chose parts the text does not name, and which (all when `members` is absent). */
export interface FrameGroup { label: string; labelEn?: string; count: number | 'many'; members: string[]; inferred?: Names & { members?: string[] } }

export interface PlanFrame {
  id: string;
  name: Names;
  seed: string;
  citations: ResolvedCitation[];
  groups: FrameGroup[];
  provenance: Provenance[];
}
