// What name search compares: a name's keys, prepared once per entry, and a query, prepared once per keystroke.

export interface NameKeys {
  zh: string[];
  en: string;
  enWords: string[];
  py: string;
  /** The pinyin from each syllable on: a substring counts only where a syllable starts. */
  pySuffixes: string[];
  ini: string;
}

export interface Query { raw: string; zh: string; latin: string; py: string; isLatin: boolean }
