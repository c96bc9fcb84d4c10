// Types of the hand-written catalogue files in data/catalogue (see data/catalogue/SCHEMA.md).
import type { Names, Provenance } from './catalogue-types';
import type { Recipe } from '../geo/recipes';

export interface InputCitation { seed: string; quote: string; prefix?: string; suffix?: string; gloss?: string }

export interface InputFeature {
  id: string;
  name?: Names;
  kind?: string;
  citations: InputCitation[];
  geometry?: Recipe;
  provenance?: Provenance[];
  schematic?: boolean;
  note?: string | Names;
  /** The zh name is the catalogue's description, not the plan's wording (no quote contains it). */
  descriptiveName?: boolean;
  /** Former ids of this concept that still resolve (links printed before a merge). */
  aliases?: string[];
  /** Another record that looks like this one but is a different concept, and why. */
  distinctFrom?: { id: string; reason: string }[];
  /** Holes the polygon is meant to have over a county (by recipe name), and why. */
  holes?: { county: string; reason: string }[];
  /** The plan means a region that extends beyond Shanxi (the outside-Shanxi check is skipped). */
  beyondShanxi?: boolean;
  /** Why the number of drawn parts differs from a number stated in the quote. */
  countNote?: string | Names;
}

/** The text does not name these parts (all, or `members` only): the catalogue's reading, and why. */
export interface InputInferred { zh: string; en: string; members?: string[] }

export interface InputFrameGroup { label: string; labelEn?: string; count: number | 'many'; members: string[]; inferred?: InputInferred }

export interface InputFrame {
  id: string;
  name: Names;
  seed: string;
  citations: InputCitation[];
  groups: InputFrameGroup[];
  provenance?: Provenance[];
}

export interface InputPlace { name: string; lonlat: [number, number]; source?: string; approximate?: boolean; note?: string }

export interface CatalogueFile {
  seed: string;
  features?: InputFeature[];
  frames?: InputFrame[];
  places?: InputPlace[];
  /** Named routes followed by several features, defined once (see SCHEMA.md, `route` recipe). */
  routes?: InputRoute[];
}

export interface InputRoute { name: string; through: string[]; note?: string }
