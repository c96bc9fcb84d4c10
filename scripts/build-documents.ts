// Parses the registered plans (data/plans/*.json → seeds/*.txt) into structured documents.
// CLI: npx tsx scripts/build-documents.ts [outDir]
//   writes <outDir>/<seed stem>.json and <outDir>/index.json (default outDir: public/data/documents).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSummary, PlanDocument } from '../src/lib/documents/document-types';
import { documentSummary } from '../src/lib/documents/document-summary';
import { parseDocument } from '../src/lib/documents/parse-document';
import { compileProfile } from '../src/lib/documents/parsing-profile';
import { StructureError } from '../src/lib/documents/check-structure';
import type { PlanEntry } from '../src/lib/plans/plan-registry-types';
import { planSummary } from '../src/lib/plans/plan-summary';
import { loadRegistry } from './plans/load-registry';

/** One plan's text parsed by its profile; errors name the seed file (and line, when the structure breaks). */
export function parsePlan(entry: PlanEntry, text: string, file = `seeds/${entry.id}.txt`): PlanDocument {
  try {
    const doc = parseDocument(entry.id, text, compileProfile(entry));
    if (!entry.titleInferred && doc.title.text !== entry.title.zh) {
      throw new Error(`the title in the text is «${doc.title.text}», the registry says «${entry.title.zh}» (parsing.titleLines or title.zh)`);
    }
    return doc;
  } catch (e) {
    if (e instanceof StructureError) throw new Error(`${file}:${e.line}: ${e.problem}`, { cause: e });
    throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
  }
}

export function buildDocuments(root = '.', registry = loadRegistry(root)): PlanDocument[] {
  return registry.map((entry) => parsePlan(entry, readFileSync(join(root, 'seeds', `${entry.id}.txt`), 'utf8')));
}

export function documentIndex(docs: PlanDocument[], registry: PlanEntry[]): DocumentSummary[] {
  return docs.map((d) => documentSummary(d, planSummary(registry.find((p) => p.id === d.id)!)));
}

export function writeDocuments(docs: PlanDocument[], registry: PlanEntry[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const doc of docs) writeFileSync(join(outDir, `${doc.id}.json`), JSON.stringify(doc));
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(documentIndex(docs, registry), null, 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [outDir = 'public/data/documents'] = process.argv.slice(2);
  const registry = loadRegistry();
  const docs = buildDocuments('.', registry);
  writeDocuments(docs, registry, outDir);
  for (const d of docs) {
    console.log(`${d.id}: ${d.paragraphs.length} paragraphs, ${d.headings.length} headings — ${d.title.text}`);
  }
}
