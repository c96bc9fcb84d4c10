import { describe, expect, it } from 'vitest';
import { headingLabelEn, headingPathLabel } from '../../../src/lib/documents/heading-label';
import { isBilingual, scriptRuns, textIn } from '../../../src/lib/i18n/bilingual-text';
import { titleQuoted, withYear } from '../../../src/lib/i18n/plan-title';
import { applyRiverNames, riverNamesOf } from '../../../src/lib/i18n/river-names';
import { groupLabel } from '../../../src/lib/catalogue/frame-labels';

describe('heading paths in English', () => {
  it('numbers chapters, sections, parts, items, points and boxes from the parsed label', () => {
    expect(headingLabelEn('第十二章 推进区域协调发展')).toBe('Chapter 12');
    expect(headingLabelEn('第二节 构建“一群两区三圈”')).toBe('Section 2');
    expect(headingLabelEn('四、构建“一群两区三圈”城乡区域发展新布局')).toBe('Part 4');
    expect(headingLabelEn('（十三）推动“一群两区三圈”')).toBe('Item 13');
    expect(headingLabelEn('(六)加快城市组群协同发展')).toBe('Item 6');
    expect(headingLabelEn('41.打造太原都市圈')).toBe('Point 41');
    expect(headingLabelEn('专栏16 公路重点项目')).toBe('Box 16');
    expect(headingLabelEn('前言')).toBe('Preface');
    expect(headingLabelEn('加快转型发展')).toBeNull();
  });

  it('joins the path: Chinese texts with ›, English numbers with commas, unnumbered headings left out', () => {
    const path = ['第三章 优化空间布局', '第二节 打造城镇组团', '没有编号的标题'];
    expect(headingPathLabel(path, 'zh')).toBe('第三章 优化空间布局 › 第二节 打造城镇组团 › 没有编号的标题');
    expect(headingPathLabel(path, 'en')).toBe('Chapter 3, Section 2');
    expect(headingPathLabel([], 'en')).toBe('');
  });
});

describe('bilingual text', () => {
  it('picks the language, and reads an older English-only string in both', () => {
    expect(textIn({ zh: '县名已列出。', en: 'Counties named.' }, 'zh')).toBe('县名已列出。');
    expect(textIn({ zh: '县名已列出。', en: 'Counties named.' }, 'en')).toBe('Counties named.');
    expect(textIn('Counties named.', 'zh')).toBe('Counties named.');
    expect(textIn(undefined, 'en')).toBeUndefined();
    expect(isBilingual({ zh: '', en: 'x' })).toBe(false);
    expect(isBilingual('x')).toBe(false);
  });

  it('splits Chinese runs out of English prose so they can be marked lang="zh"', () => {
    expect(scriptRuns('The plan names 晋北、晋南城镇圈 and 太原.')).toEqual([
      { text: 'The plan names ', zh: false }, { text: '晋北、晋南城镇圈', zh: true }, { text: ' and ', zh: false }, { text: '太原', zh: true }, { text: '.', zh: false },
    ]);
    expect(scriptRuns('no Chinese')).toEqual([{ text: 'no Chinese', zh: false }]);
    expect(scriptRuns('专栏16 公路')).toEqual([{ text: '专栏16 公路', zh: true }]);
  });
});

describe('titles, group labels and river names', () => {
  it('uses each language’s punctuation', () => {
    expect(withYear('中部城市群规划', '2022', 'zh')).toBe('中部城市群规划（2022）');
    expect(withYear('City Cluster Plan', '2022', 'en')).toBe('City Cluster Plan (2022)');
    expect(titleQuoted('规划', 'zh')).toBe('《规划》');
    expect(titleQuoted('Plan', 'en')).toBe('Plan');
  });

  it('shows a group’s English label in English and the plan’s word in Chinese', () => {
    expect(groupLabel({ label: '核', labelEn: 'Core' }, 'en')).toBe('Core');
    expect(groupLabel({ label: '核', labelEn: 'Core' }, 'zh')).toBe('核');
    expect(groupLabel({ label: '核' }, 'en')).toBe('核');
  });

  it('gives basemap rivers the English name of the river feature of the same name', () => {
    const names = riverNamesOf([
      { properties: { name: { zh: '甲河', en: 'Jia River' }, kind: 'river', recipe: 'river' } },
      { properties: { name: { zh: '乙河', en: 'Yi River' }, kind: 'river', recipe: 'band' } },
    ]);
    const objects = [{ name: '甲河', nameEn: 'Jia He' }, { name: '乙河', nameEn: 'Yi He' }, null];
    expect(applyRiverNames(objects, names)).toBe(1);
    expect(objects.map((o) => o?.nameEn)).toEqual(['Jia River', 'Yi He', undefined]);
  });
});
