// Prose from data (provenance notes, planners' notes, source descriptions) in both languages.
// A plain string is the older English-only form, still read so that records can move over one by one.
import type { Lang, Names } from '../catalogue/catalogue-types';

export type BilingualText = string | Names;

/** The text in `lang`; an English-only string stands in for both. */
export function textIn(value: BilingualText | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[lang] || value.en || value.zh;
}

/** True when the value has a non-empty text in both languages. */
export function isBilingual(value: BilingualText | undefined): value is Names {
  return typeof value === 'object' && value !== null && !!value.zh?.trim() && !!value.en?.trim();
}

export interface ScriptRun { text: string; zh: boolean }

const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+(?:[\s·\-–—0-9]*[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)*/g;

/**
 * Splits text into runs of Chinese and of everything else, so that Chinese names inside an English
 * sentence can be marked lang="zh" (read in Chinese by screen readers, drawn with the Chinese font).
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const m of text.matchAll(CJK_RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}
