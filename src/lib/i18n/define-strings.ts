// A feature's UI strings in both languages. Each feature folder defines its own table with this,
// so adding a string never means editing a shared file.
import type { Lang } from '../catalogue/catalogue-types';

export type StringTable = Record<string, Record<Lang, string>>;

export function defineStrings<T extends StringTable>(table: T): (lang: Lang, key: keyof T) => string {
  return (lang, key) => table[key][lang];
}

/** A string with its {name} slots filled (a slot with no value becomes empty). */
export const fillSlots = (text: string, values: Record<string, string | number>): string => text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
