// Where glossary terms sit in a text: the text cut into runs, the first occurrence of each term marked
// (longest term first, so 区域中心城市 wins over 中心城市; marks never overlap). Pure.

export interface TermRun { text: string; term?: string }

/**
 * `terms` longest first (see byLength). `skip`: terms already marked earlier in the same passage; the terms
 * marked here are added to it.
 */
export function termRuns(text: string, terms: readonly string[], skip: Set<string> = new Set()): TermRun[] {
  const marks: { start: number; end: number; term: string }[] = [];
  for (const term of terms) {
    if (skip.has(term)) continue;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (marks.some((m) => at < m.end && m.start < end)) continue;
      marks.push({ start: at, end, term });
      skip.add(term);
      break;
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const runs: TermRun[] = [];
  let pos = 0;
  for (const m of marks) {
    if (m.start > pos) runs.push({ text: text.slice(pos, m.start) });
    runs.push({ text: m.term, term: m.term });
    pos = m.end;
  }
  if (pos < text.length || !runs.length) runs.push({ text: text.slice(pos) });
  return runs;
}

/** The terms, longest first. */
export const byLength = (terms: readonly string[]): string[] => [...terms].sort((a, b) => b.length - a.length || a.localeCompare(b));
