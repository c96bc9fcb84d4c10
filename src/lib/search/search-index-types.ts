// The search index as compiled into data/search-index.json: names in three scripts, pinyin computed at build time.
import type { Names } from '../catalogue/catalogue-types';

/** A frame, found by its slogan; `seed`: its plan. */
export interface FrameName { id: string; name: Names; seed: string }

/** A name the box can find: Chinese, English and tone-less pinyin syllables separated by spaces ("tai yuan shi"). */
export interface IndexedName { zh: string; en: string; py: string }

export interface SearchFeatureEntry extends IndexedName { id: string; kind: string; descriptive?: true }

export type PlaceKind = 'prefecture' | 'county';

export interface SearchPlaceEntry extends IndexedName {
  /** Administrative code. */
  id: string;
  kind: PlaceKind;
  /** The prefecture a county belongs to. */
  prefecture?: { zh: string; en: string };
  /** Seat of government, [lon, lat]. */
  seat: [number, number];
}

export interface SearchDocumentEntry { id: string; title: string; short: { zh: string; en: string } }

export interface SearchIndexFile {
  features: SearchFeatureEntry[];
  places: SearchPlaceEntry[];
  /** Every plan's frames, found by their slogans (src/lib/search/search-frames.ts). */
  frames: FrameName[];
  /** The plans whose paragraphs plan-text search reads (data/documents/<id>.json), loaded only when needed. */
  documents: SearchDocumentEntry[];
}
