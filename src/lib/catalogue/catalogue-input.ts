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
}

export interface InputFrameGroup { label: string; labelEn?: string; count: number | 'many'; members: string[] }

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
}
