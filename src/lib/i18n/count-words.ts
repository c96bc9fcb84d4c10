// Counts written out in Chinese for running text: 5 → 五, 12 → 十二, 23 → 二十三 (1–99; digits beyond).
const DIGITS = '零一二三四五六七八九';

export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units ? DIGITS[units] : ''}`;
}
