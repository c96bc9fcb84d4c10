// The search box's data and results: loads ahead of use (see search-data.ts), searches on every
// keystroke and records the time each search takes as a User Timing measure ("atlas-search") that tests
// and the console can read.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SearchIndex } from '../../lib/search/search-names';
import type { TextDocument } from '../../lib/search/search-text';
import { searchAll, type GroupedResults } from '../../lib/search/group-results';
import { loadSearchDocuments, loadSearchIndex, prefetchSearch } from './search-data';

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

function timedSearch(index: SearchIndex, documents: TextDocument[] | null, query: string): GroupedResults {
  const start = performance.now();
  const results = searchAll(index, documents, query);
  performance.measure('atlas-search', { start, end: performance.now(), detail: query });
  return results;
}

export function useSearch(query: string) {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [documents, setDocuments] = useState<TextDocument[] | null>(null);
  const [state, setState] = useState<LoadState>('idle');

  // Everything loads once the first view is drawn and the browser is idle, before it is needed.
  useEffect(() => prefetchSearch(
    (i) => { setIndex((current) => current ?? i); setState('ready'); },
    (d) => setDocuments((current) => current ?? d),
  ), []);

  // Used before that: the index when the box is focused…
  const prepare = useCallback(() => {
    if (index || state === 'loading') return;
    setState('loading');
    loadSearchIndex().then(
      (i) => { setIndex(i); setState('ready'); },
      () => setState('failed'),
    );
  }, [index, state]);

  // …and the plan text once something is typed.
  useEffect(() => {
    if (!index || documents || !query.trim()) return;
    let live = true;
    loadSearchDocuments(index).then((d) => live && setDocuments(d), () => undefined);
    return () => { live = false; };
  }, [index, documents, query]);

  const results = useMemo(() => (index && query.trim() ? timedSearch(index, documents, query) : null), [index, documents, query]);
  return { prepare, results, state, plans: index?.documents ?? [] };
}
