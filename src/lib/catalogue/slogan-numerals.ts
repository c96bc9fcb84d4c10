// Reads the numbers in a frame slogan: "一核四带多组团" → [{1,核},{4,带},{many,组团}].
// Frames are checked against it so that a slogan and its parts cannot drift apart.

export type SloganCount = number | 'many';
export interface SloganPart { count: SloganCount; label: string }

const NUMERALS: Record<string, SloganCount> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 多: 'many',
};

/**
 * Splits a slogan into numeral + label parts. Returns null when the slogan does not start with a
 * numeral or has a label-less numeral (such slogans — "中心龙头、南北引擎、东西两翼", "1359" — are
 * checked only against their explicit group counts).
 */
export function parseSlogan(slogan: string): SloganPart[] | null {
  const text = slogan.replace(/[“”"「」\s]/g, '');
  if (!text || !(text[0] in NUMERALS)) return null;
  const parts: SloganPart[] = [];
  let i = 0;
  while (i < text.length) {
    const count = NUMERALS[text[i]];
    if (count === undefined) return null;
    let j = i + 1;
    while (j < text.length && !(text[j] in NUMERALS)) j++;
    if (j === i + 1) return null;
    parts.push({ count, label: text.slice(i + 1, j) });
    i = j;
  }
  return parts;
}
