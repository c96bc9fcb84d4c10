import { describe, expect, it } from 'vitest';
import { compact, initials, isLatin, normalize, pinyinKey } from '../../../src/lib/search/normalize';
import { editDistance } from '../../../src/lib/search/suggest';
import { loadRealIndex } from './real-index';

describe('normalisation', () => {
  it('folds full width, case, diacritics and spaces', () => {
    expect(normalize('  ＴａｉＹｕａｎ　市 ')).toBe('taiyuan 市');
    expect(normalize('Lüliang')).toBe('luliang');
    expect(compact('Fen  River')).toBe('fenriver');
    expect(compact('太原—吕梁—绥德')).toBe('太原吕梁绥德');
    expect(compact('“1+30”区域')).toBe('130区域');
  });
  it('spells pinyin ü as u, typed as ü, u or v', () => {
    expect(pinyinKey('lvliang')).toBe('luliang');
    expect(pinyinKey('Lüliang')).toBe('luliang');
  });
  it('tells Latin queries from Chinese ones', () => {
    expect(isLatin('taiyuan')).toBe(true);
    expect(isLatin('Fen River')).toBe(true);
    expect(isLatin('G55')).toBe(true);
    expect(isLatin('太原')).toBe(false);
    expect(isLatin('2035')).toBe(false);
  });
  it('takes the initials of syllables and keeps numbers whole', () => {
    expect(initials('tai yuan du shi qu')).toBe('tydsq');
    expect(initials('tai yuan ji zhou bian 1 3 0 qu yu')).toBe('tyjzb130qy');
  });
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('taiyaun', 'taiyuan')).toBe(1);
    expect(editDistance('fenhx', 'fenhe')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('banded edit distance against the full matrix', () => {
  const plain = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  };
  it('agrees within the limit and reports over-limit as max + 1', () => {
    const words = ['taiyuan', 'taiyaun', 'tayuan', 'datong', 'fenhe', 'fen', 'jinbei', 'jinzhong', 'changzhi', 'zhangzi', '', 'x'];
    for (const a of words) for (const b of words) {
      const expected = plain(a, b);
      for (const max of [1, 2, Infinity]) expect(editDistance(a, b, max), `${a}/${b}/${max}`).toBe(expected <= max ? expected : max + 1);
    }
  });
});

describe('the shortcuts of name preparation give what the full steps give', () => {
  // The steps normalize documents, each applied to every string.
  const fullSteps = (s: string) => s.normalize('NFKC').toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  const { file, index } = loadRealIndex();
  const names = [...file.features, ...file.places].flatMap((n) => [n.zh, n.en, n.py]);

  it('normalises every name of the compiled index, and strings the shortcut must refuse, as the full steps do', () => {
    const others = ['  Tai\tYuan  ', 'Ｔａｉ', 'Lüliang', 'e\u0301', '“1+30”区域', '太原—吕梁', '\u3000太原', '\uF900', 'ABC  def', ''];
    for (const s of [...names, ...others]) expect(normalize(s), JSON.stringify(s)).toBe(fullSteps(s));
  });

  it("keys each name's pinyin from every syllable on as the whole rest of it", () => {
    for (const { item, keys } of [...index.features, ...index.places]) {
      const syllables = item.py.split(' ').filter(Boolean);
      expect(keys.pyStarts.map((at) => keys.pyAll.slice(at))).toEqual(syllables.map((_, i) => pinyinKey(syllables.slice(i).join(''))));
    }
  });
});
