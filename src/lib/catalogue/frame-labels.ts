// A frame group's label in the interface's language: the plan's own word (核, 带, 组团) in Chinese,
// its English rendering from the data in English. A group whose parts the text does not name carries
// the "inferred" mark in both languages, so every place that shows the label says so.
import type { Lang, Names } from './catalogue-types';

export function groupLabel(group: { label: string; labelEn?: string }, lang: Lang): string {
  return lang === 'en' && group.labelEn ? group.labelEn : group.label;
}

/** Appended to a group's label when the catalogue, not the text, chose its parts (all or some). */
export const INFERRED_MARK = {
  all: { zh: '（推定）', en: ' (inferred)' },
  some: { zh: '（部分推定）', en: ' (partly inferred)' },
} as const satisfies Record<string, Names>;

/** The label and English label with the inferred mark. */
export function markedLabels(label: string, labelEn: string | undefined, mark: keyof typeof INFERRED_MARK): { label: string; labelEn?: string } {
  return { label: label + INFERRED_MARK[mark].zh, ...(labelEn ? { labelEn: labelEn + INFERRED_MARK[mark].en } : {}) };
}
