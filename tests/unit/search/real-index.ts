// The compiled search index and plan paragraphs from public/data (npm run data:compile writes them).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { SearchIndexFile } from '../../../src/lib/search/search-index-types';
import { prepareIndex, type SearchIndex } from '../../../src/lib/search/search-names';
import type { TextDocument } from '../../../src/lib/search/search-text';

const DATA = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../public/data');

export function loadRealIndex(): { file: SearchIndexFile; index: SearchIndex; documents: TextDocument[] } {
  const path = `${DATA}/search-index.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run data:compile first`);
  const file = JSON.parse(readFileSync(path, 'utf8')) as SearchIndexFile;
  const documents = file.documents.map((d) => ({
    ...d,
    paragraphs: (JSON.parse(readFileSync(`${DATA}/documents/${d.id}.json`, 'utf8')) as { paragraphs: TextDocument['paragraphs'] }).paragraphs,
  }));
  return { file, index: prepareIndex(file), documents };
}
