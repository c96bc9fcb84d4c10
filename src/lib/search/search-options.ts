// The shape of one search's results as the box shows them, and the helpers the box needs to walk
// them. Apart from the engine (group-results.ts), which loads only when search is about to be used.
import type { SearchFeatureEntry, SearchPlaceEntry } from './search-index-types';
import type { MatchField } from './search-names';
import type { TextHit } from './search-text';

/** A frame found by its slogan. */
export interface SearchFrameEntry { id: string; zh: string; en: string; seed: string }

export type SearchOption =
  | { type: 'frame'; item: SearchFrameEntry }
  | { type: 'feature'; item: SearchFeatureEntry; field?: MatchField }
  | { type: 'place'; item: SearchPlaceEntry; field?: MatchField }
  | { type: 'text'; hit: TextHit };

export type GroupKey = 'frames' | 'features' | 'places' | 'text' | 'suggestions';

export interface ResultGroup { key: GroupKey; options: SearchOption[]; total: number }

export interface GroupedResults {
  query: string;
  groups: ResultGroup[];
  /** Nothing has a matching name (suggestions, if any, are in the 'suggestions' group). */
  noNameMatch: boolean;
  /** The plan text is still being searched (for `needles`). */
  textPending: boolean;
  /** What the plan text is searched for: the query as typed, or the Chinese names a pinyin query found. */
  needles: string[];
}

/** The options in the order the keyboard walks them. */
export const flatOptions = (results: GroupedResults): SearchOption[] => results.groups.flatMap((g) => g.options);

export const optionKey = (o: SearchOption): string => (o.type === 'text' ? `text:${o.hit.doc}:${o.hit.paragraph}` : `${o.type}:${o.item.id}`);
