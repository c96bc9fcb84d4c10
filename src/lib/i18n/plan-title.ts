// Plan titles and years in each language's own punctuation: 《…》 and full-width brackets in Chinese,
// plain titles and round brackets in English.
import type { Lang } from '../catalogue/catalogue-types';

/** 规划（2022） / Plan (2022) */
export function withYear(title: string, year: string, lang: Lang): string {
  return lang === 'zh' ? `${title}（${year}）` : `${title} (${year})`;
}

/** 《规划》 / Plan */
export function titleQuoted(title: string, lang: Lang): string {
  return lang === 'zh' ? `《${title}》` : title;
}

/** "Label：name" in Chinese, "Label: name" in English. */
export const labelled = (label: string, name: string, lang: 'zh' | 'en'): string => `${label}${lang === 'zh' ? '：' : ': '}${name}`;
