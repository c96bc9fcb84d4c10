// Reads the numbers in a frame slogan: "一核四带多组团" → [{1,核},{4,带},{many,组团}].
// Frames are checked against it so that a slogan and its parts cannot drift apart.

export type SloganCount = number | 'many';
export interface SloganPart { count: SloganCount; label: string }

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const isDigit = (c: string) => c >= '0' && c <= '9';
const isNumeral = (c: string) => c in DIGITS || c === '多' || isDigit(c);

/** 十一 → 11, 二十 → 20, 三 → 3, 6 → 6. */
export function numeralValue(run: string): number {
  if (/^[0-9]+$/.test(run)) return Number(run);
  const ten = run.indexOf('十');
  if (ten < 0) return DIGITS[run] ?? NaN;
  const tens = ten === 0 ? 1 : DIGITS[run.slice(0, ten)];
  const units = run.length > ten + 1 ? DIGITS[run.slice(ten + 1)] : 0;
  return tens * 10 + units;
}

/** The slogan inside a frame's name: the part in quotation marks, else the whole name. */
export function sloganOf(name: string): string {
  return /[“"「]([^”"」]+)[”"」]/.exec(name)?.[1] ?? name;
}

/**
 * Splits a slogan into numeral + label parts; numerals are Chinese or Arabic ("6个生态功能区").
 * Returns null when the slogan does not start with a numeral or has a label-less numeral (such slogans — "中心龙头、南北引擎、东西两翼", "1359" — are
 * checked only against their explicit group counts).
 */
export function parseSlogan(slogan: string): SloganPart[] | null {
  const text = sloganOf(slogan).replace(/[“”"「」\s、，,]/g, '');
  if (!text || !isNumeral(text[0])) return null;
  const parts: SloganPart[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    if (text[i] === '多') j = i + 1;
    else if (isDigit(text[i])) while (j < text.length && isDigit(text[j])) j++;
    else while (j < text.length && text[j] in DIGITS && j - i < 3) j++;
    if (j === i) return null;
    const count: SloganCount = text[i] === '多' ? 'many' : numeralValue(text.slice(i, j));
    if (count !== 'many' && !Number.isFinite(count)) return null;
    let k = j;
    while (k < text.length && !isNumeral(text[k])) k++;
    if (k === j) return null;
    // Measure words after a numeral are not part of the label: 三大城镇群 → 城镇群, 三个百里 → 百里.
    parts.push({ count, label: text.slice(j, k).replace(/^[大个]/, '') });
    i = k;
  }
  return parts;
}
