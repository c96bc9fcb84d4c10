// What name search compares: a name's keys, prepared once per entry, and a query, prepared once per keystroke.

export interface NameKeys {
  zh: string[];
  en: string;
  enWords: string[];
  /** The pinyin key (a place's without its 市/县/区 syllable). */
  py: string;
  /** The whole pinyin key, and where each syllable starts in it: a substring counts only there. */
  pyAll: string;
  pyStarts: number[];
  ini: string;
}

export interface Query { raw: string; zh: string; latin: string; py: string; isLatin: boolean }
