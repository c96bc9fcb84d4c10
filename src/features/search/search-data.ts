// Loads what search needs, lazily: the name index when the box is first focused, the plans' paragraphs
// when the first key is typed (the first view stays light). Each file is fetched once.
import { dataUrl } from '../../data/load-data';
import type { SearchIndexFile } from '../../lib/search/search-index-types';
import { prepareIndex, type SearchIndex } from '../../lib/search/search-names';
import type { TextDocument } from '../../lib/search/search-text';

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
