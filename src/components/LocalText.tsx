import type { Lang } from '../lib/catalogue/catalogue-types';
import { scriptRuns } from '../lib/i18n/bilingual-text';

/** Prose from data in `lang`; in English, Chinese names and words inside it are marked lang="zh-CN". */
export function LocalText({ text, lang }: { text: string; lang: Lang }) {
  if (lang === 'zh') return <>{text}</>;
  return <>{scriptRuns(text).map((r, i) => (r.zh ? <span key={i} lang="zh-CN">{r.text}</span> : r.text))}</>;
}
