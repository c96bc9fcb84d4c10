// The search box's data and results: loads ahead of use (see search-data.ts) and searches on every
// keystroke — names at once, recorded as a User Timing measure ("atlas-search") that tests and the
// console can read; then, once typing pauses, the plan text, whose results join the names' when its shards
// have been read.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GroupedResults } from '../../lib/search/search-options';
import type { TextResults } from '../../lib/search/search-text';
import { useAtlasStore } from '../../store/atlas-store';
import { withFrames } from '../../lib/search/search-frames';
import { loadSearch, prefetchSearch, type Search } from './search-data';

/**
 * How long typing must pause before what only a reader of the results needs is fetched: the plan text's hits,
 * the listed places' files (keys come ≈ 100–300 ms apart in a word).
 */
export const TYPING_PAUSE_MS = 250;

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

function timedSearch({ index, engine }: Search, query: string): GroupedResults {
  const start = performance.now();
  const results = engine.searchAll(index, query);
  performance.measure('atlas-search', { start, end: performance.now(), detail: query });
  return results;
}

export function useSearch(query: string) {
  const [search, setSearch] = useState<Search | null>(null);
  const [state, setState] = useState<LoadState>('idle');
  const [text, setText] = useState<{ results: GroupedResults; found: TextResults } | null>(null);

  // The index loads once the first view is drawn and the browser is idle, before it is needed.
  useEffect(() => prefetchSearch(useAtlasStore, (loaded) => { setSearch((current) => current ?? loaded); setState('ready'); }), []);

  // Used before that: the index (and the engine) when the box is focused.
  const prepare = useCallback(() => {
    if (search || state === 'loading') return;
    setState('loading');
    loadSearch().then(
      (loaded) => { setSearch(loaded); setState('ready'); },
      () => setState('failed'),
    );
  }, [search, state]);

  // The data changed under the app (the authoring mode saved a feature, and the data cache was emptied): the index too.
  const edition = useAtlasStore((s) => s.dataEdition);
  const indexedAt = useRef(edition);
  useEffect(() => {
    if (!search || edition === indexedAt.current) return;
    indexedAt.current = edition;
    let live = true;
    loadSearch().then((loaded) => live && setSearch(loaded), () => undefined);
    return () => { live = false; };
  }, [search, edition]);

  const names = useMemo(() => (search && query.trim() ? timedSearch(search, query) : null), [search, query]);

  // The plan text for these results' needles, read once typing pauses: reading fetches and decodes the shards of
  // the needles' characters, which grow with the corpus and change at every keystroke of a name being typed
  // (whose text hits nobody reads), and that work would compete with the next keystrokes. A newer keystroke's
  // results supersede it.
  useEffect(() => {
    if (!search || !names?.textPending) return;
    let live = true;
    const timer = setTimeout(async () => {
      const found = await search.engine.searchPlanText(search.text, names).catch((): TextResults => ({ hits: [], total: 0, needles: names.needles }));
      if (live) setText({ results: names, found });
    }, TYPING_PAUSE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [search, names]);

  const results = useMemo(() => {
    if (!search || !names) return null;
    // While this keystroke's text is read, the last hits stay (marked pending) rather than the group blinking out.
    const shown = text && names.textPending ? { ...search.engine.withText(names, text.found), textPending: text.results !== names } : names;
    return withFrames(shown, search.index.frames);
  }, [search, names, text]);
  return { prepare, results, state, plans: search?.index.documents ?? [] };
}
