// The search box's data and results: loads ahead of use (see search-data.ts), searches on every
// keystroke and records the time each search takes as a User Timing measure ("atlas-search") that tests
// and the console can read.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextDocument } from '../../lib/search/search-text';
import type { GroupedResults } from '../../lib/search/search-options';
import { useAtlasStore } from '../../store/atlas-store';
import { withFrames } from '../../lib/search/search-frames';
import { loadSearch, loadSearchDocuments, prefetchSearch, type Search } from './search-data';

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

function timedSearch({ index, searchAll }: Search, documents: TextDocument[] | null, query: string): GroupedResults {
  const start = performance.now();
  const results = searchAll(index, documents, query);
  performance.measure('atlas-search', { start, end: performance.now(), detail: query });
  return results;
}

export function useSearch(query: string) {
  const [search, setSearch] = useState<Search | null>(null);
  const [documents, setDocuments] = useState<TextDocument[] | null>(null);
  const [state, setState] = useState<LoadState>('idle');

  // Everything loads once the first view is drawn and the browser is idle, before it is needed.
  useEffect(() => prefetchSearch(
    useAtlasStore,
    (loaded) => { setSearch((current) => current ?? loaded); setState('ready'); },
    (d) => setDocuments((current) => current ?? d),
  ), []);

  // Used before that: the index (and the engine) when the box is focused…
  const prepare = useCallback(() => {
    if (search || state === 'loading') return;
    setState('loading');
    loadSearch().then(
      (loaded) => { setSearch(loaded); setState('ready'); },
      () => setState('failed'),
    );
  }, [search, state]);

  // …and the plan text once something is typed.
  useEffect(() => {
    if (!search || documents || !query.trim()) return;
    let live = true;
    loadSearchDocuments(search.index).then((d) => live && setDocuments(d), () => undefined);
    return () => { live = false; };
  }, [search, documents, query]);

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

  const results = useMemo(() => (search && query.trim() ? withFrames(timedSearch(search, documents, query), search.index.frames) : null), [search, documents, query]);
  return { prepare, results, state, plans: search?.index.documents ?? [] };
}
