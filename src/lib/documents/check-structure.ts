// Whether the parser could structure a plan: a body with headings, numbered in sequence under each
// parent (第一章, 第二章 …; （一）, （二） …) or through the whole plan (专栏1 … 专栏12). A plan it cannot structure is refused with the seed line
// where the structure breaks, so that its profile (data/plans/<seed>.json, `parsing`) can be fixed.
import type { Heading, Paragraph } from './document-types';
import { numeralValue } from '../catalogue/slogan-numerals';

/** A body this long with no heading is not structured (a short notice may have none). */
const MIN_PARAGRAPHS_WITHOUT_HEADINGS = 8;

export class StructureError extends Error {
  constructor(readonly line: number, readonly problem: string) {
    super(`line ${line}: ${problem}`);
  }
}

/** 第三章 → 3, （十二） → 12, 4 → 4, 专栏2 → 2; null for labels without a number (前言). */
export function labelNumber(label: string): number | null {
  const digits = /\d+/.exec(label);
  if (digits) return Number(digits[0]);
  const cn = /[一二三四五六七八九十]+/.exec(label);
  return cn ? numeralValue(cn[0]) : null;
}

/** The paragraph's text cut at the seed's line breaks, each piece with its line. */
function seedLines(p: Paragraph): { line: number; text: string }[] {
  const starts: [number, number][] = [[0, p.lines[0]], ...(p.lineStarts ?? [])];
  return starts.map(([offset, line], i) => ({ line, text: p.text.slice(offset, starts[i + 1]?.[0] ?? p.text.length) }));
}

/** A heading line stands alone: short, no sentence end. */
const HEADING_LIKE = /^[^。；]{2,40}$/;

/**
 * `otherNumbering`: whether a line reads as a heading of the numbering the profile does not use; a body
 * paragraph that does (第一章 总体要求 in an outline-numbered profile) means the profile is wrong.
 */
export function checkStructure(headings: Heading[], paragraphs: Paragraph[], hint: string, otherNumbering: (text: string) => boolean = () => false): void {
  const body = paragraphs.filter((p) => !p.part);
  for (const p of body) {
    if (p.flags?.includes('table')) continue;
    const stray = seedLines(p).find((l) => HEADING_LIKE.test(l.text) && otherNumbering(l.text));
    if (stray) throw new StructureError(stray.line, `«${stray.text}» reads as a heading the profile does not number: ${hint}`);
  }
  const structural = headings.filter((h) => h.kind !== 'title');
  if (!structural.length && body.length >= MIN_PARAGRAPHS_WITHOUT_HEADINGS) {
    throw new StructureError(body[0]!.lines[0], `${body.length} paragraphs and no heading: ${hint}`);
  }
  // Numbers run on under each parent (（一）1. 2. （二）1.) or through the whole plan (（二）10. 11.).
  const underParent = new Map<string, number>();
  const throughPlan = new Map<string, number>();
  for (const h of structural) {
    const n = h.number === undefined ? null : labelNumber(h.number);
    if (n === null) continue;
    const key = `${h.parentId ?? ''}/${h.kind}`;
    const expected = [(underParent.get(key) ?? 0) + 1, (throughPlan.get(h.kind) ?? 0) + 1];
    if (!expected.includes(n)) {
      throw new StructureError(h.lines[0], `heading «${h.text}» is number ${n} where ${[...new Set(expected)].join(' or ')} was expected: ${hint}`);
    }
    underParent.set(key, n);
    throughPlan.set(h.kind, n);
  }
}
