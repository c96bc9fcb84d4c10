// Loads what search needs, never for the first view: the name index and the plans' paragraphs are
// fetched once the first view is drawn and the browser is idle (so the first keystroke finds them in
// memory and typing never waits for, or re-renders on, their arrival), or at once when the box is used
// before that (the index on focus, the paragraphs on the first key). Each file is fetched once. The
// search engine's code comes with the index, so it is not part of the first view's JavaScript either.
import { dataUrl } from '../../data/load-data';
import { cached } from '../../data/data-cache';
import { bootSettled, type AtlasStore } from '../../store/atlas-store';
import { whenState } from '../../store/when-state';
import { browserIdle } from '../../components/browser-idle';
import type { SearchIndexFile } from '../../lib/search/search-index-types';
import type { SearchIndex } from '../../lib/search/search-names';
import type { TextDocument } from '../../lib/search/search-text';
import type { searchAll } from '../../lib/search/group-results';

/** The prepared name index and the engine that searches it (and the plan text). */
export interface Search { index: SearchIndex; searchAll: typeof searchAll }

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(dataUrl(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export const loadSearch = (): Promise<Search> => cached('search', () => Promise.all([
  getJson<SearchIndexFile>('search-index.json'),
  import('../../lib/search/search-names'),
  import('../../lib/search/group-results'),
]).then(([file, names, engine]) => ({ index: names.prepareIndex(file), searchAll: engine.searchAll })));

export const loadSearchDocuments = (index: SearchIndex): Promise<TextDocument[]> => cached('search-documents', () => Promise.all(
  index.documents.map((d) => getJson<{ paragraphs: TextDocument['paragraphs'] }>(`documents/${d.id}.json`).then(({ paragraphs }) => ({
    id: d.id,
    paragraphs: paragraphs.map((p) => ({ id: p.id, text: p.text })),
  }))),
));

/** A query that exercises every kind of result: names, places, pinyin and plan text. */
const WARM_UP_QUERY = '太原';

/**
 * Loads the index and engine, then the paragraphs, once the first view is settled (the store's boot), each
 * when the browser is idle, and hands them over as they arrive; then runs one throwaway search, so the
 * first real keystroke runs warm code (≈20 ms less). Failures are left to the box (it loads again when
 * used). Returns a function that stops handing over (loading that has started completes for later use).
 */
export function prefetchSearch(store: AtlasStore, onSearch: (search: Search) => void, onDocuments: (documents: TextDocument[]) => void): () => void {
  let live = true;
  void (async () => {
    await whenState(store, bootSettled);
    await browserIdle();
    if (!live) return;
    const search = await loadSearch();
    if (!live) return;
    onSearch(search);
    await browserIdle();
    if (!live) return;
    const documents = await loadSearchDocuments(search.index);
    if (!live) return;
    onDocuments(documents);
    await browserIdle();
    if (live) search.searchAll(search.index, documents, WARM_UP_QUERY);
  })().catch(() => undefined);
  return () => { live = false; };
}
