// A frame group's label in the interface's language: the plan's own word (核, 带, 组团) in Chinese,
// its English rendering from the data in English.
import type { Lang } from './catalogue-types';

export function groupLabel(group: { label: string; labelEn?: string }, lang: Lang): string {
  return lang === 'en' && group.labelEn ? group.labelEn : group.label;
}
