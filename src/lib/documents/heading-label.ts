// Where a passage sits in its plan, for readers of English: the parsed heading numbers
// (第三章 › 第二节 → "Chapter 3, Section 2"), since the heading texts themselves are Chinese.
import type { Lang } from '../catalogue/catalogue-types';
import type { HeadingKind } from './document-types';
import { matchHeading } from './line-patterns';
import { numeralValue } from '../catalogue/slogan-numerals';

const EN_KIND: Partial<Record<HeadingKind, string>> = {
  preface: 'Preface', part: 'Part', chapter: 'Chapter', section: 'Section', item: 'Item', subitem: 'Point', box: 'Box',
};

/** The number of a heading label as written: 第十二章 → 12, （三） → 3, 专栏16 → 16, 4 → 4. */
function labelNumber(label: string): number | undefined {
  const digits = /\d+/.exec(label);
  if (digits) return Number(digits[0]);
  const cn = /[一二三四五六七八九十]+/.exec(label);
  const n = cn ? numeralValue(cn[0]) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** "Chapter 3" for 第三章 …, "Item 13" for （十三）…, or null when the heading is not numbered. */
export function headingLabelEn(heading: string): string | null {
  const text = heading.trim();
  const m = matchHeading(text, 'chapters') ?? matchHeading(text, 'outline');
  if (!m) return null;
  const kind = EN_KIND[m.kind];
  if (!kind) return null;
  if (m.kind === 'preface') return kind;
  const n = labelNumber(m.number);
  return n === undefined ? null : `${kind} ${n}`;
}

/** The heading path in `lang`: the Chinese texts joined by ›, or the English numbering joined by commas. */
export function headingPathLabel(path: string[], lang: Lang): string {
  if (lang === 'zh') return path.join(' › ');
  return path.map(headingLabelEn).filter((s): s is string => s !== null).join(', ');
}
