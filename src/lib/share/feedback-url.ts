// "Report a problem" without a backend: a prefilled e-mail (mailto:) or issue form (a URL template with
// placeholders) carrying the item's id, name, quote, plan and link. The app only opens it; the user sends it. Pure.
import type { Lang } from '../catalogue/catalogue-types';

export type FeedbackKind = 'feature' | 'frame' | 'place' | 'paragraph';

export interface FeedbackItem {
  kind: FeedbackKind;
  id: string;
  name: string;
  quote?: string;
  /** The plan's title. */
  plan?: string;
  link: string;
}

/** The placeholders a URL template may use; each is filled URL-encoded. */
export const FEEDBACK_PLACEHOLDERS = ['kind', 'id', 'name', 'quote', 'plan', 'link', 'title', 'body'] as const;

const LABELS = {
  kind: { zh: '类型', en: 'Kind' },
  id: { zh: '编号', en: 'Id' },
  name: { zh: '名称', en: 'Name' },
  plan: { zh: '规划', en: 'Plan' },
  quote: { zh: '原文', en: 'Quote' },
  link: { zh: '链接', en: 'Link' },
  problem: { zh: '问题描述：', en: 'What is wrong:' },
  title: { zh: '图谱问题反馈', en: 'Atlas problem report' },
} as const;

const KINDS: Record<FeedbackKind, Record<Lang, string>> = {
  feature: { zh: '要素', en: 'feature' },
  frame: { zh: '格局', en: 'frame' },
  place: { zh: '地点', en: 'place' },
  paragraph: { zh: '原文段落', en: 'passage' },
};

/** Longer quotes (a whole paragraph) are cut: mail clients and issue forms refuse very long addresses. */
export const MAX_QUOTE = 300;
const cut = (quote: string | undefined) => (quote && quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE)}…` : quote);

export function feedbackTitle(item: FeedbackItem, lang: Lang): string {
  return `${LABELS.title[lang]}: ${item.name} (${item.id})`;
}

export function feedbackBody(item: FeedbackItem, lang: Lang): string {
  const row = (key: keyof typeof LABELS, value: string | undefined) => (value ? [`${LABELS[key][lang]}: ${value}`] : []);
  return [
    ...row('kind', KINDS[item.kind][lang]), ...row('id', item.id), ...row('name', item.name), ...row('plan', item.plan),
    ...row('quote', item.quote && `“${cut(item.quote)}”`), ...row('link', item.link), '', LABELS.problem[lang], '',
  ].join('\n');
}

/** The address to open: `mailto:` with subject and body, or the template with its placeholders filled. */
export function feedbackUrl(target: string, item: FeedbackItem, lang: Lang): string {
  const title = feedbackTitle(item, lang);
  const body = feedbackBody(item, lang);
  if (target.startsWith('mailto:')) {
    const sep = target.includes('?') ? '&' : '?';
    return `${target}${sep}subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  const values: Record<(typeof FEEDBACK_PLACEHOLDERS)[number], string> = {
    kind: item.kind, id: item.id, name: item.name, quote: cut(item.quote) ?? '', plan: item.plan ?? '', link: item.link, title, body,
  };
  return target.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? encodeURIComponent(values[key as keyof typeof values]) : whole));
}

/** Why a configured target is not usable, or null. */
export function feedbackTargetProblem(target: string): string | null {
  if (/^mailto:[^\s@]+@[^\s@]+$/.test(target.split('?')[0]!)) return null;
  if (!/^https?:\/\/[^\s]+$/.test(target)) return 'expected mailto:<address> or an http(s) URL template';
  const unknown = [...target.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((k) => !(FEEDBACK_PLACEHOLDERS as readonly string[]).includes(k));
  return unknown.length ? `unknown placeholders {${unknown.join('}, {')}} (known: ${FEEDBACK_PLACEHOLDERS.join(', ')})` : null;
}
