// Query and name normalisation: full/half width, case, diacritics, spaces and punctuation, pinyin spelling.

// Printable ASCII and the CJK Unified Ideographs are unchanged by every step below but the case and the spaces:
// most names are, and an index of fifty plans normalises tens of thousands of keys.
const PLAIN = /^[\x20-\x7e\u4e00-\u9fff]*$/;

/** NFKC (full width → half width), lower case, diacritics removed (ü → u), runs of spaces collapsed. */
export function normalize(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase().replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Letters and digits only: "Fen River" → "fenriver", "太原—吕梁" → "太原吕梁". */
export const compact = (s: string): string => normalize(s).replace(/[^\p{L}\p{N}]/gu, '');

/** Pinyin spelling: "lvliang" and "lüliang" are both "luliang". */
export const pinyinKey = (s: string): string => compact(s).replace(/v/g, 'u');

/** Whether a (normalised) query is written in Latin letters and digits only. */
export const isLatin = (s: string): boolean => /^[a-z0-9]+$/.test(compact(s)) && /[a-z]/.test(compact(s));

/** Whether a string contains a Chinese character. */
export const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

/** Initials of pinyin syllables: "tai yuan shi" → "tys"; digits stay whole ("1 3 0" → "130"). */
export function initials(py: string): string {
  return py
    .split(' ')
    .filter(Boolean)
    .map((syllable) => (/^\d+$/.test(syllable) ? syllable : syllable[0]))
    .join('')
    .replace(/v/g, 'u');
}
