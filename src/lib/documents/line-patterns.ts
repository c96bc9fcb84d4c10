// Regular expressions that recognise headings, page furniture and sentence ends in the seeds.
import type { HeadingKind } from './document-types';
import type { Numbering } from '../plans/plan-registry-types';

const CN_NUM = '[一二三四五六七八九十]+';

/** A sentence may end here: 。！？；： and closing quotes/brackets after them. */
export const TERMINAL_END = /[。！？；：:;!?…][”’」』）)]*$/;

/** A paragraph may also end with a closing bracket: …（责任单位：省能源局，相关市人民政府） */
export const PARAGRAPH_END = /[。！？；：:;!?…][”’」』）)]*$|[）)]$/;

/** Markdown horizontal rule. */
export const MARKDOWN_RULE = /^-{3,}$/;

/** Glyphs a PDF font mapped wrongly; they stand for Ⅲ Ⅳ Ⅴ ± × ≤ ‰ μ and stay verbatim. */
export const STRAY_GLYPHS = /[栿桇桋暲暳曑曤毺]/;

/** A list item opening with a dash or a number: ———坚持党的全面领导。 / 4.节能环保废钢… */
export const LIST_ITEM = /^(—{2,}|\d{1,2}[.．](?!\d))/;

/** A paragraph opening with a short lead sentence: 推动现代服务业融合发展。实施… */
export const LEAD_SENTENCE = /^[^，,、；;：:。“”（()）]{2,16}。/;

export interface HeadingMatch {
  kind: HeadingKind;
  number: string;
  /** Characters of the label (number and its punctuation/space) at the start of the line. */
  labelLength: number;
}

interface HeadingRule {
  kind: HeadingKind;
  pattern: RegExp;
}

// First group: the label as written. Plans number by 章/节/专栏 (chapters) or by 一、/（一）/1. (outline).
const CHAPTER_RULES: HeadingRule[] = [
  { kind: 'chapter', pattern: new RegExp(`^(第${CN_NUM}章)\\s*`) },
  { kind: 'section', pattern: new RegExp(`^(第${CN_NUM}节)\\s*`) },
  { kind: 'box', pattern: /^(专栏\s*\d+)\s*/ },
];

const OUTLINE_RULES: HeadingRule[] = [
  { kind: 'part', pattern: new RegExp(`^(${CN_NUM})、\\s*`) },
  { kind: 'item', pattern: new RegExp(`^([（(]${CN_NUM}[）)])\\s*`) },
  { kind: 'subitem', pattern: /^(\d{1,2})[.．、](?!\d)\s*/ },
];

/** A preface heading: its text alone on the line, spaces inside allowed (前 言). */
function matchPreface(text: string, preface: string): HeadingMatch | null {
  const spaced = text.replace(/[\s\u3000]+/g, '');
  return spaced === preface && text.length <= preface.length * 3 ? { kind: 'preface', number: text, labelLength: text.length } : null;
}

export function matchHeading(text: string, numbering: Numbering, preface = '前言'): HeadingMatch | null {
  if (numbering === 'chapters') {
    const p = matchPreface(text, preface);
    if (p) return p;
  }
  for (const rule of numbering === 'chapters' ? CHAPTER_RULES : OUTLINE_RULES) {
    const m = rule.pattern.exec(text);
    if (m) return { kind: rule.kind, number: m[1]!, labelLength: m[0].length };
  }
  return null;
}

/** 2021年4月9日 → 2021-04-09 */
export function isoDate(text: string): string | undefined {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

export const DOC_NUMBER_LINE = /^[\u4e00-\u9fa5]+〔\d{4}〕\d+号$/;
export const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
export const PRINTED_LINE = /^(.*?)\s*(\d{4}年\d{1,2}月\d{1,2}日)印发$/;
