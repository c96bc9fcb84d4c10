// One search, grouped the way the box shows it: features, places and plan text (or suggestions when no
// name matches), groups ordered by their best match, each option with a stable flat position. Names are
// searched at once; the plan text after (its index is read in shards): `searchAll` says what to look for
// in the text and `withText` adds what was found.
import { searchNames, type SearchIndex } from './search-names';
import { searchText, textNeedles, type TextReader, type TextResults } from './search-text';
import { suggest } from './suggest';
import type { GroupedResults, ResultGroup } from './search-options';

export interface SearchLimits { features: number; places: number; text: number; suggestions: number }
// Small enough that the plan-text group shows without scrolling on a 1280×800 screen.
export const DEFAULT_LIMITS: SearchLimits = { features: 6, places: 4, text: 5, suggestions: 5 };

/** The names one keystroke finds (or suggestions), and the words to look for in the plan text. */
export function searchAll(index: SearchIndex, raw: string, limits = DEFAULT_LIMITS): GroupedResults {
  const query = raw.trim();
  if (!query) return { query, groups: [], noNameMatch: false, textPending: false, needles: [] };
  // The plan text looks for the best two strong names (textNeedles): keep at least two of each kind.
  const names = searchNames(index, query, { features: Math.max(2, limits.features), places: Math.max(2, limits.places) });
  const nameGroups: (ResultGroup & { best: number })[] = [
    {
      key: 'features' as const,
      options: names.features.slice(0, limits.features).map((h) => ({ type: 'feature' as const, item: h.item, field: h.field })),
      total: names.total.features,
      best: names.features[0]?.score ?? 0,
    },
    {
      key: 'places' as const,
      options: names.places.slice(0, limits.places).map((h) => ({ type: 'place' as const, item: h.item, field: h.field })),
      total: names.total.places,
      best: names.places[0]?.score ?? 0,
    },
  ].filter((g) => g.total > 0);
  // Stable sort: on a tie features come first.
  nameGroups.sort((a, b) => b.best - a.best);
  const groups: ResultGroup[] = nameGroups.map(({ key, options, total }) => ({ key, options, total }));
  const noNameMatch = groups.length === 0;
  if (noNameMatch) {
    const suggestions = suggest(index, query, limits.suggestions);
    if (suggestions.length) groups.push({ key: 'suggestions', options: suggestions.map((s) => (s.type === 'feature' ? { type: 'feature', item: s.item } : { type: 'place', item: s.item })), total: suggestions.length });
  }
  const needles = textNeedles(query, names);
  return { query, groups, noNameMatch, textPending: needles.length > 0, needles };
}

/** The plan text for these results' needles, as many hits as the box shows. */
export const searchPlanText = (reader: TextReader, results: GroupedResults, limits = DEFAULT_LIMITS): Promise<TextResults> =>
  searchText(reader, results.needles, limits.text);

/** The results with the plan text found for their needles (the text group last, if anything matched). */
export function withText(results: GroupedResults, text: TextResults): GroupedResults {
  const groups = text.total ? [...results.groups, { key: 'text' as const, options: text.hits.map((hit) => ({ type: 'text' as const, hit })), total: text.total }] : results.groups;
  return { ...results, groups, textPending: false };
}
