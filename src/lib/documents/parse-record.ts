// What the parser made of a plan's text, in counts: the registry keeps it (`parsed`, written by plan:add and by
// `npm run plan:record-parse` after a reviewed parser change) and a unit test compares every plan's parse with
// it, so a parser change that alters a registered plan shows up as that plan's changed figures.
import type { PlanDocument } from './document-types';

export interface ParseRecord {
  paragraphs: number;
  /** Headings by kind (chapter, section, box, part, item, …). */
  headings: Record<string, number>;
  /** 专栏 tables rebuilt. */
  tables: number;
  /** Paragraphs and headings carrying each damage flag. */
  flags: Record<string, number>;
  /** Removed lines and markers by kind (page numbers, portal chrome, markup, …). */
  removed: Record<string, number>;
}

export function parseRecord(doc: PlanDocument): ParseRecord {
  return {
    paragraphs: doc.paragraphs.length,
    headings: tally(doc.headings.map((h) => h.kind)),
    tables: doc.tables?.length ?? 0,
    flags: tally([...doc.paragraphs, ...doc.headings].flatMap((t) => t.flags ?? [])),
    removed: tally(doc.removed.map((r) => r.kind)),
  };
}

/** Counts by key, keys in alphabetical order (a stable file). */
function tally(keys: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
