// Search over the real compiled index (public/data): names in three scripts, grouping, plan text, suggestions.
import { describe, expect, it } from 'vitest';
import { loadRealIndex } from './real-index';
import { seedIds } from '../plans/registry-data';
import { searchNames } from '../../../src/lib/search/search-names';
import { searchAll, searchPlanText, withText } from '../../../src/lib/search/group-results';
import { flatOptions, type SearchOption } from '../../../src/lib/search/search-options';

const { file, index, documents, reader } = loadRealIndex();
/** Names at once, then the plan text, as the box shows them. */
const searchWithText = async (q: string) => {
  const names = searchAll(index, q);
  return withText(names, await searchPlanText(reader, names));
};
const label = (o: SearchOption) => (o.type === 'text' ? o.hit.quote : o.item.zh);
const top = (q: string, group: 'features' | 'places') => searchNames(index, q)[group][0]?.item;

describe('the compiled search index', () => {
  it('holds every feature, the 11 prefectures and 116 county polygons with seats, and every registered plan, newest first', () => {
    expect(file.features.length).toBeGreaterThan(500);
    expect(file.places.filter((p) => p.kind === 'prefecture')).toHaveLength(11);
    expect(file.places.filter((p) => p.kind === 'county')).toHaveLength(116);
    for (const p of file.places) expect(p.seat[0]).toBeGreaterThan(110);
    expect(file.places.find((p) => p.zh === '太原市')).toMatchObject({ en: 'Taiyuan', py: 'tai yuan shi' });
    expect(file.places.find((p) => p.zh === '长治市')?.py).toBe('chang zhi shi');
    expect(file.places.find((p) => p.zh === '小店区')?.prefecture).toEqual({ zh: '太原市', en: 'Taiyuan' });
    expect(file.documents.map((d) => d.id)).toEqual([...seedIds].reverse());
  });
});

describe('name search: exact > prefix > substring, in Chinese, English and pinyin', () => {
  it('finds places by Chinese name, with or without the suffix', () => {
    expect(top('太原', 'places')?.zh).toBe('太原市');
    expect(top('太原市', 'places')?.zh).toBe('太原市');
    expect(top('小店', 'places')?.zh).toBe('小店区');
    expect(top('云冈', 'places')?.zh).toBe('平城区·云冈区');
  });
  it('finds by pinyin, tone-less, any case or width, ü typed as v', () => {
    expect(top('taiyuan', 'places')?.zh).toBe('太原市');
    expect(top('TaiYuan', 'places')?.zh).toBe('太原市');
    expect(top('ｔａｉｙｕａｎ', 'places')?.zh).toBe('太原市');
    expect(top('fenhe', 'features')?.zh).toBe('汾河');
    expect(top('fen he', 'features')?.zh).toBe('汾河');
    expect(top('lvliang', 'places')?.zh).toBe('吕梁市');
    expect(top('changzhi', 'places')?.zh).toBe('长治市');
    expect(searchNames(index, 'jinbei').features.slice(0, 3).map((h) => h.item.zh)).toContain('晋北城镇圈');
  });
  it('finds by English name', () => {
    expect(top('Fen River', 'features')?.id).toBe('fen-river');
    expect(top('northern shanxi town circle', 'features')?.id).toBe('jinbei-town-circle');
  });
  it('finds by pinyin initials', () => {
    expect(searchNames(index, 'tyds').features.map((h) => h.item.zh)).toEqual(expect.arrayContaining(['太原都市区', '太原都市圈']));
  });
  it('ranks an exact name above names that start with it, and those above names that contain it', () => {
    const names = searchNames(index, '汾河').features.map((h) => h.item.zh);
    expect(names[0]).toBe('汾河');
    const firstContaining = names.findIndex((n) => !n.startsWith('汾河'));
    expect(names.slice(0, firstContaining).every((n) => n.startsWith('汾河'))).toBe(true);
    expect(names.slice(firstContaining).some((n) => n.startsWith('汾河'))).toBe(false);
  });
  it('does not match pinyin across syllable boundaries ("aiy" is not in taiyuan)', () => {
    expect(searchNames(index, 'aiy').places.map((h) => h.item.zh)).not.toContain('太原市');
    expect(searchNames(index, 'yuan').places.map((h) => h.item.zh)).toContain('太原市');
  });
});

describe('grouped results', () => {
  it('groups features, places and plan text, the best group first, text last', async () => {
    const r = await searchWithText('太原');
    expect(r.groups.map((g) => g.key)).toEqual(['places', 'features', 'text']);
    expect(label(r.groups[0].options[0])).toBe('太原市');
    expect(r.groups[1].options.length).toBeLessThanOrEqual(6);
    expect(r.groups[1].total).toBeGreaterThan(6);
    expect(flatOptions(r)).toHaveLength(r.groups.reduce((n, g) => n + g.options.length, 0));
  });
  it('names come at once; the plan text is still to be searched', () => {
    const r = searchAll(index, '汾');
    expect(r.textPending).toBe(true);
    expect(r.groups.map((g) => g.key).sort()).toEqual(['features', 'places']);
  });
  it('plan-text hits quote the paragraph verbatim and spread across the plans', async () => {
    const r = await searchWithText('城镇群');
    const text = r.groups.find((g) => g.key === 'text')!;
    const docs = new Set<string>();
    for (const o of text.options) {
      if (o.type !== 'text') throw new Error('text group holds text hits');
      const paragraph = documents.find((d) => d.id === o.hit.doc)!.paragraphs.find((p) => p.id === o.hit.paragraph)!;
      expect(o.hit.quote).toBe('城镇群');
      expect(paragraph.text).toContain(o.hit.before.replace(/^…/, '') + o.hit.quote + o.hit.after.replace(/…$/, ''));
      docs.add(o.hit.doc);
    }
    expect(docs.size).toBeGreaterThan(1);
  });
  it('a pinyin query searches the plans for the Chinese name it found', async () => {
    const text = (await searchWithText('fenhe')).groups.find((g) => g.key === 'text')!;
    expect(text.options.every((o) => o.type === 'text' && o.hit.quote === '汾河')).toBe(true);
  });
  it('a text-only query (no name matches) still finds plan text, with suggestions', async () => {
    const r = await searchWithText('一泓清水');
    expect(r.noNameMatch).toBe(true);
    expect(r.groups.find((g) => g.key === 'text')?.options.length).toBeGreaterThan(0);
  });
});

describe('no result: close matches', () => {
  it('suggests pinyin one edit away (a swapped pair counts as one)', async () => {
    const r = await searchWithText('taiyaun');
    expect(r.noNameMatch).toBe(true);
    expect(r.groups.map((g) => g.key)).toEqual(['suggestions']);
    expect(label(r.groups[0].options[0])).toBe('太原市');
    expect(flatOptions(searchAll(index, 'fenhx')).map(label)).toContain('汾河');
  });
  it('suggests names sharing characters with a Chinese query', async () => {
    const r = await searchWithText('太源市');
    expect(r.noNameMatch).toBe(true);
    expect(label(r.groups[0].options[0])).toBe('太原市');
  });
  it('suggests nothing for text far from every name', async () => {
    const r = await searchWithText('xqzwvk');
    expect(r.noNameMatch).toBe(true);
    expect(r.groups).toEqual([]);
  });
});
