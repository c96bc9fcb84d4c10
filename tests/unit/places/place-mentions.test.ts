import { describe, expect, it } from 'vitest';
import { findMentions, mentionForms } from '../../../src/lib/places/place-mentions';

const units = [
  { id: 'p1', name: '太原市' },
  { id: 'c1', name: '城区', prefecture: '阳泉市' },
  { id: 'c2', name: '城区', prefecture: '晋城市' },
  { id: 'c3', name: '云州区', otherNames: ['大同县'], prefecture: '大同市' },
  { id: 'c4', name: '代县', prefecture: '忻州市' },
  { id: 'c5', name: '长治县', prefecture: '长治市' },
  { id: 'p2', name: '长治市' },
];
const forms = mentionForms(units, { generic: ['城区'], notMentions: [] });

describe('place mentions', () => {
  it('uses full, former, qualified and unambiguous short names', () => {
    expect(forms.get('p1')).toEqual(expect.arrayContaining(['太原市', '太原']));
    expect(forms.get('c3')).toEqual(expect.arrayContaining(['云州区', '云州', '大同县', '大同市云州区']));
    expect(forms.get('c4')).toEqual(expect.arrayContaining(['代县']));
    expect(forms.get('c4')).not.toContain('代');
  });

  it('counts a generic name only with its prefecture', () => {
    expect(forms.get('c1')).toEqual(['阳泉市城区']);
    expect(forms.get('c2')).toEqual(['晋城市城区']);
  });

  it('drops a short form that two places share', () => {
    expect(forms.get('c5')).not.toContain('长治');
    expect(forms.get('p2')).not.toContain('长治');
  });

  it('finds mentions, longest form first, and skips listed non-mentions', () => {
    expect(findMentions('太原市和太原', ['太原市', '太原'], [])).toEqual([0, 4]);
    expect(findMentions('维护长治久安，建设长治', ['长治'], ['长治久安'])).toEqual([9]);
  });
});
