// English names for places: Hanyu Pinyin without tones, with the few official spellings pinyin gets wrong.
import { pinyin } from 'pinyin-pro';

const OVERRIDES: Record<string, string> = {
  洪洞: 'Hongtong', 吕梁: 'Lüliang', 长治: 'Changzhi', 长子: 'Zhangzi', 陕西: 'Shaanxi', 内蒙古: 'Inner Mongolia',
  城区: 'Chengqu', 矿区: 'Kuangqu', 郊区: 'Jiaoqu', 平城区·云冈区: 'Pingcheng · Yungang',
};

const SUFFIXES: [RegExp, string][] = [[/自治区$/, ''], [/省$/, ''], [/市$/, ''], [/县$/, ''], [/区$/, '']];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 长治市 → ['chang', 'zhi', 'shi']: tone-less syllables (words read in context); other characters as they are. */
export function pinyinSyllables(zh: string): string[] {
  return pinyin(zh, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/v/g, 'ü'));
}

export function toPinyin(zh: string): string {
  return pinyinSyllables(zh).join('');
}

/** 太原市 → Taiyuan; 隰县 → Xixian (one-character names keep their suffix, as official spellings do). */
export function romanizePlace(zh: string): string {
  if (OVERRIDES[zh]) return OVERRIDES[zh];
  let stem = zh;
  for (const [re] of SUFFIXES) stem = stem.replace(re, '');
  if (OVERRIDES[stem]) return OVERRIDES[stem];
  if (stem.length === 1) stem = zh;
  return cap(toPinyin(stem));
}
