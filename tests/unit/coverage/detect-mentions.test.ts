import { describe, expect, it } from 'vitest';
import { detectMentions } from '../../../src/lib/coverage/detect-mentions';
import { buildLexicon } from '../../../src/lib/coverage/mention-lexicon';

const lexicon = buildLexicon({
  prefectures: ['太原市', '晋中市', '长治市', '大同市'],
  counties: ['小店区', '平遥县', '祁县', '和顺县', '城区', '矿区', '阳泉市城区'],
  rivers: ['汾河'],
  mountains: ['吕梁山'],
});
const found = (text: string) => detectMentions(text, 'p0001', lexicon).map((m) => `${m.kind}:${m.text}`);

describe('buildLexicon', () => {
  it('adds short forms only when unambiguous and at least two characters', () => {
    expect(lexicon.get('太原')).toBe('prefecture');
    expect(lexicon.get('平遥')).toBe('county');
    expect(lexicon.has('祁')).toBe(false);
    expect(lexicon.has('城区')).toBe(false); // also the common word "urban area"
    expect(lexicon.has('矿区')).toBe(false);
  });
});

describe('detectMentions', () => {
  it('reads a structure back to the preceding punctuation and cuts after the last verb', () => {
    expect(found('加快建设太原武宿综合保税区，推进平遥古城保护。')).toEqual(['structure:太原武宿综合保税区', 'county:平遥']);
  });

  it('joins overlapping structure words and keeps names inside a structure in one mention', () => {
    expect(found('布局晋中新能源汽车产业园区。')).toEqual(['structure:晋中新能源汽车产业园区']);
  });

  it('finds names outside structures, longest first, with offsets', () => {
    const ms = detectMentions('吕梁山和汾河，太原、晋中。', 'p0002', lexicon);
    expect(ms.map((m) => [m.text, m.kind, m.start, m.end, m.paragraphId])).toEqual([
      ['吕梁山', 'mountain', 0, 3, 'p0002'],
      ['汾河', 'river', 4, 6, 'p0002'],
      ['太原', 'prefecture', 7, 9, 'p0002'],
      ['晋中', 'prefecture', 10, 12, 'p0002'],
    ]);
  });

  it('does not cut inside a place name that contains a function word (和顺)', () => {
    expect(found('支持和顺县生态示范区建设')).toEqual(['structure:和顺县生态示范区']);
  });

  it('bounds the lead of a structure', () => {
    const [m] = detectMentions(`${'甲'.repeat(30)}基地`, 'p', lexicon);
    expect(m.text.length).toBeLessThanOrEqual(18 + 2);
  });

  it('ignores phrases that only contain a name (长治久安)', () => {
    expect(found('实现长治久安，长治市发展。')).toEqual(['prefecture:长治市']);
  });
});
