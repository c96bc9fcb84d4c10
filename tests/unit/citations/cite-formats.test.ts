import { describe, expect, it } from 'vitest';
import { gbtCitation, placeFromHeadings, plainCitation } from '../../../src/lib/citations/cite-formats';
import { validatePlanEntry } from '../../../src/lib/plans/validate-plan-entry';
import { registry } from '../plans/registry-data';

const FULL = { title: '某某省某某规划', issuer: '某某省人民政府', docNumber: '某政发〔2021〕7号', date: '2021-04-09' };

describe('GB/T 7714-2015 citations', () => {
  it('cites issuer, title, 文号, [Z] and date', () => {
    expect(gbtCitation(FULL)).toBe('某某省人民政府. 某某省某某规划: 某政发〔2021〕7号[Z]. 2021-04-09.');
  });

  it('puts a passage where the page goes', () => {
    expect(gbtCitation(FULL, { place: '第三章第二节', quote: '不进正式著录' })).toBe('某某省人民政府. 某某省某某规划: 某政发〔2021〕7号[Z]. 2021-04-09: 第三章第二节.');
  });

  it('leaves out what the registry does not hold', () => {
    expect(gbtCitation({ title: '某某规划', date: '2022-11-09' })).toBe('某某规划[Z]. 2022-11-09.');
    expect(gbtCitation({ title: '某某规划' })).toBe('某某规划[Z].');
    expect(gbtCitation({ title: '某某规划' }, { place: '前言' })).toBe('某某规划[Z]. 前言.');
    expect(gbtCitation({ title: '某某规划', issuer: '某局' })).not.toMatch(/〔|OL|http/);
  });

  it('marks an online document [Z/OL] with its dates and address, only when the registry has one', () => {
    const url = 'https://example.gov.cn/a.html';
    expect(gbtCitation({ ...FULL, url }, {}, '2026-12-04')).toBe(`某某省人民政府. 某某省某某规划: 某政发〔2021〕7号[Z/OL]. (2021-04-09)[2026-12-04]. ${url}`);
    expect(gbtCitation({ title: 'T', url }, { place: '第一章' })).toBe(`T[Z/OL]. 第一章. ${url}`);
    expect(gbtCitation({ title: 'T', url })).toBe(`T[Z/OL]. ${url}`);
  });
});

describe('plain citations', () => {
  it('reads 《title》place：“quote”', () => {
    expect(plainCitation(FULL)).toBe('《某某省某某规划》');
    expect(plainCitation(FULL, { place: '第三章', quote: '一群两区三圈' })).toBe('《某某省某某规划》第三章：“一群两区三圈”');
  });

  it('labels a passage by its numbered headings', () => {
    expect(placeFromHeadings(['第三章　优化空间布局', '第二节 构建城镇体系', '（十三）推进协同'])).toBe('第三章第二节（十三）');
    expect(placeFromHeadings(['前言'])).toBe('前言');
    expect(placeFromHeadings(['没有编号的标题'])).toBe('');
  });
});

describe('the registry url', () => {
  const entry = registry[0]!;
  const check = (url: unknown, seedText: string) => validatePlanEntry({ ...entry, url }, { file: `data/plans/${entry.id}.json`, seedText }).errors;

  it('is an address stated in the plan text, never invented', () => {
    const text = `${entry.title.zh}\n${entry.issuer ?? ''}${entry.docNumber ?? ''}\nhttps://example.gov.cn/p.html`;
    expect(check('https://example.gov.cn/p.html', text)).toEqual([]);
    expect(check('https://example.gov.cn/other.html', text).join()).toMatch(/url: .* does not occur in the plan's text/);
    expect(check('example.gov.cn', text).join()).toMatch(/url: expected the official web address/);
  });

  it('is absent from every registered plan', () => {
    for (const e of registry) expect(e.url).toBeUndefined();
  });
});
