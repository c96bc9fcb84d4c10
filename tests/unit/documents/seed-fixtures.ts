// Shared test helpers: the parsed seeds (parsed once per test file) and the fidelity reconstruction.
import { readFileSync } from 'node:fs';
import type { PlanDocument, RemovedItem } from '../../../src/lib/documents/document-types';
import { flattenText } from '../../../src/lib/documents/flatten-text';
import { parseDocument } from '../../../src/lib/documents/parse-document';

import { profileOf, seedIds } from '../plans/registry-data';

/** Every registered plan (data/plans/). */
export const SEED_IDS = seedIds;

export const seedText = (id: string) => readFileSync(`seeds/${id}.txt`, 'utf8');

const cache = new Map<string, PlanDocument>();
export function parsedSeed(id: string): PlanDocument {
  if (!cache.has(id)) cache.set(id, parseDocument(id, seedText(id), profileOf(id)));
  return cache.get(id)!;
}

/** The seed minus the removed items, with line breaks (and whitespace around them) removed. */
export function cleanedSeed(text: string, removed: RemovedItem[]): string {
  const lines = text.split('\n');
  const partial = removed.filter((r) => r.column !== undefined).sort((a, b) => b.column! - a.column!);
  for (const r of partial) {
    const i = r.lines[0] - 1;
    const line = lines[i]!;
    if (line.slice(r.column, r.column! + r.text.length) !== r.text) throw new Error(`markup mismatch at line ${i + 1}`);
    lines[i] = line.slice(0, r.column) + line.slice(r.column! + r.text.length);
  }
  for (const r of removed.filter((r) => r.column === undefined)) {
    if (lines.slice(r.lines[0] - 1, r.lines[1]).join('\n') !== r.text) throw new Error(`removed text mismatch at ${r.lines}`);
    for (let i = r.lines[0] - 1; i < r.lines[1]; i++) lines[i] = '';
  }
  return flattenText(lines.join('\n'));
}

/** Headings (not run-in) and paragraphs in document order, concatenated. */
export function readingOrderText(doc: PlanDocument): string {
  return [
    ...doc.headings.filter((h) => !h.runIn).map((h) => ({ line: h.lines[0], text: h.text })),
    ...doc.paragraphs.map((p) => ({ line: p.lines[0], text: p.text })),
  ]
    .sort((a, b) => a.line - b.line)
    .map((b) => b.text)
    .join('');
}
