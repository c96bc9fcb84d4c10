// The search index as compiled into data/search-index.json: names in three scripts, pinyin computed at build time.
import type { Names } from '../catalogue/catalogue-types';
import type { TextLayout } from './text-index';

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

/** A plan plan-text search reads; `paragraphs`: how many (numbered on from the previous plan's, in index order). */
export interface SearchDocumentEntry { id: string; title: string; short: { zh: string; en: string }; paragraphs: number }

export interface SearchIndexFile {
  features: SearchFeatureEntry[];
  places: SearchPlaceEntry[];
  /** Every plan's frames, found by their slogans (src/lib/search/search-frames.ts). */
  frames: FrameName[];
  /** The plans whose paragraphs plan-text search reads, newest first. */
  documents: SearchDocumentEntry[];
  /** How their text is indexed (data/search/: src/lib/search/text-index.ts). */
  text: TextLayout;
}
