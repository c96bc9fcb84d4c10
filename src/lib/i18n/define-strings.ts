// A feature's UI strings in both languages. Each feature folder defines its own table with this,
// so adding a string never means editing a shared file.
import type { Lang } from '../catalogue/catalogue-types';

export type StringTable = Record<string, Record<Lang, string>>;

export function defineStrings<T extends StringTable>(table: T): (lang: Lang, key: keyof T) => string {
  return (lang, key) => table[key][lang];
}
