// Parses seeds/*.txt into structured documents.
// CLI: npx tsx scripts/build-documents.ts [seedDir] [outDir]
//   writes <outDir>/<seed stem>.json and <outDir>/index.json (default outDir: public/data/documents).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSummary, PlanDocument } from '../src/lib/documents/document-types';
import { documentSummary } from '../src/lib/documents/document-summary';
import { parseDocument } from '../src/lib/documents/parse-document';

export { PLAN_LABELS } from '../src/lib/documents/document-summary';

export function buildDocuments(seedDir = 'seeds'): PlanDocument[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseDocument(basename(f, '.txt'), readFileSync(join(seedDir, f), 'utf8')));
}

export function documentIndex(docs: PlanDocument[]): DocumentSummary[] {
  return docs.map(documentSummary);
}

export function writeDocuments(docs: PlanDocument[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const doc of docs) writeFileSync(join(outDir, `${doc.id}.json`), JSON.stringify(doc));
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(documentIndex(docs), null, 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [seedDir = 'seeds', outDir = 'public/data/documents'] = process.argv.slice(2);
  const docs = buildDocuments(seedDir);
  writeDocuments(docs, outDir);
  for (const d of docs) {
    console.log(`${d.id}: ${d.paragraphs.length} paragraphs, ${d.headings.length} headings — ${d.title.text}`);
  }
}
