// Loads what search needs, never for the first view: the name index and the plans' paragraphs are
// fetched once the first view is drawn and the browser is idle (so the first keystroke finds them in
// memory and typing never waits for, or re-renders on, their arrival), or at once when the box is used
// before that (the index on focus, the paragraphs on the first key). Each file is fetched once.
import { dataUrl } from '../../data/load-data';
import type { SearchIndexFile } from '../../lib/search/search-index-types';
import { prepareIndex, type SearchIndex } from '../../lib/search/search-names';
import type { TextDocument } from '../../lib/search/search-text';
import { searchAll } from '../../lib/search/group-results';

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(dataUrl(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

let indexPromise: Promise<SearchIndex> | null = null;
let documentsPromise: Promise<TextDocument[]> | null = null;

export function loadSearchIndex(): Promise<SearchIndex> {
  indexPromise ??= getJson<SearchIndexFile>('search-index.json').then(prepareIndex);
  indexPromise.catch(() => { indexPromise = null; });
  return indexPromise;
}

export function loadSearchDocuments(index: SearchIndex): Promise<TextDocument[]> {
  documentsPromise ??= Promise.all(
    index.documents.map((d) => getJson<{ paragraphs: TextDocument['paragraphs'] }>(`documents/${d.id}.json`).then(({ paragraphs }) => ({
      id: d.id,
      paragraphs: paragraphs.map((p) => ({ id: p.id, text: p.text })),
    }))),
  );
  documentsPromise.catch(() => { documentsPromise = null; });
  return documentsPromise;
}

/** A query that exercises every kind of result: names, places, pinyin and plan text. */
const WARM_UP_QUERY = '太原';

let allow: () => void = () => {};
const allowed = new Promise<void>((done) => { allow = done; });
/** The app calls this once its first view is drawn: search may then load ahead of use. */
export const allowSearchPrefetch = (): void => allow();

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
};

/**
 * Loads the index and then the paragraphs once the app allows it (after its first view), each when the browser is idle,
 * and hands them over as they arrive. Failures are left to the box (it loads again when used).
 * Returns a function that stops handing over (loading that has started completes for later use).
 */
export function prefetchSearch(onIndex: (index: SearchIndex) => void, onDocuments: (documents: TextDocument[]) => void): () => void {
  let live = true;
  let cancelIdle = () => {};
  void allowed.then(() => {
    if (!live) return;
    cancelIdle = whenIdle(() => {
      loadSearchIndex().then((index) => {
        if (!live) return;
        onIndex(index);
        cancelIdle = whenIdle(() => {
          loadSearchDocuments(index).then((documents) => {
            if (!live) return;
            onDocuments(documents);
            // One throwaway search while idle: the first real keystroke then runs warm code (≈20 ms less).
            cancelIdle = whenIdle(() => { searchAll(index, documents, WARM_UP_QUERY); });
          }, () => undefined);
        });
      }, () => undefined);
    });
  });
  return () => {
    live = false;
    cancelIdle();
  };
}
