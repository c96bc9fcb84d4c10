import { describe, expect, it } from 'vitest';
import { parseSlogan } from '../../../src/lib/catalogue/slogan-numerals';

describe('parseSlogan', () => {
  it('reads numerals and labels', () => {
    expect(parseSlogan('一核四带多组团')).toEqual([
      { count: 1, label: '核' }, { count: 4, label: '带' }, { count: 'many', label: '组团' },
    ]);
    expect(parseSlogan('一主三副六市域中心')).toEqual([
      { count: 1, label: '主' }, { count: 3, label: '副' }, { count: 6, label: '市域中心' },
    ]);
    expect(parseSlogan('“两山七河一流域”')).toEqual([
      { count: 2, label: '山' }, { count: 7, label: '河' }, { count: 1, label: '流域' },
    ]);
  });

  it('reads 双 and skips measure words', () => {
    expect(parseSlogan('一核双圈')).toEqual([{ count: 1, label: '核' }, { count: 2, label: '圈' }]);
    expect(parseSlogan('三大城镇群')).toEqual([{ count: 3, label: '城镇群' }]);
    expect(parseSlogan('三个百里')).toEqual([{ count: 3, label: '百里' }]);
  });

  it('reads compound numerals and the quoted slogan inside a longer name', () => {
    expect(parseSlogan('三纵十一横十一环')).toEqual([
      { count: 3, label: '纵' }, { count: 11, label: '横' }, { count: 11, label: '环' },
    ]);
    expect(parseSlogan('“一干八支”运输机场格局')).toEqual([{ count: 1, label: '干' }, { count: 8, label: '支' }]);
  });

  it('reads Arabic digits as the plan writes them', () => {
    expect(parseSlogan('6个生态功能区')).toEqual([{ count: 6, label: '生态功能区' }]);
    expect(parseSlogan('两轴连三城')).toEqual([{ count: 2, label: '轴连' }, { count: 3, label: '城' }]);
  });

  it('gives up on slogans without a leading numeral', () => {
    expect(parseSlogan('中心龙头、南北引擎、东西两翼')).toBeNull();
    expect(parseSlogan('1359')).toBeNull();
    expect(parseSlogan('')).toBeNull();
  });
});
