// The compiled search index and plan paragraphs from public/data (npm run data:compile writes them), and
// the plan-text index built from those paragraphs in memory, read as the app reads its files.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { SearchIndexFile } from '../../../src/lib/search/search-index-types';
import { prepareIndex, type SearchIndex } from '../../../src/lib/search/search-names';
import type { TextReader } from '../../../src/lib/search/search-text';
import { buildTextIndex, type IndexedDocument } from '../../../src/lib/search/text-index-build';

export const DATA = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../public/data');

/** A reader over an index built in memory; `reads` counts the files a search would have fetched. */
export function memoryReader(documents: IndexedDocument[]): TextReader & { reads: { shards: number[]; chunks: number[] } } {
  const built = buildTextIndex(documents);
  const reads = { shards: [] as number[], chunks: [] as number[] };
  return {
    layout: built.layout,
    documents: documents.map((d) => ({ id: d.id, paragraphs: d.paragraphs.length })),
    shard: async (k) => { reads.shards.push(k); return built.shards[k]; },
    chunk: async (c) => { reads.chunks.push(c); return built.chunks[c]; },
    reads,
  };
}

export function loadRealIndex(): { file: SearchIndexFile; index: SearchIndex; documents: IndexedDocument[]; reader: ReturnType<typeof memoryReader> } {
  const path = `${DATA}/search-index.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run data:compile first`);
  const file = JSON.parse(readFileSync(path, 'utf8')) as SearchIndexFile;
  const documents = file.documents.map((d) => ({
    id: d.id,
    paragraphs: (JSON.parse(readFileSync(`${DATA}/documents/${d.id}.json`, 'utf8')) as IndexedDocument).paragraphs.map(({ id, text }) => ({ id, text })),
  }));
  return { file, index: prepareIndex(file), documents, reader: memoryReader(documents) };
}
