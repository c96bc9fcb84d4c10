import { describe, expect, it } from 'vitest';
import type { HeadingKind, PlanDocument } from '../../../src/lib/documents/document-types';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { SEED_IDS, cleanedSeed, parsedSeed, readingOrderText, seedText } from './seed-fixtures';
import { profileOf } from '../plans/registry-data';

const count = (doc: PlanDocument, kind: HeadingKind) => doc.headings.filter((h) => h.kind === kind).length;
const withFlag = (doc: PlanDocument, flag: string) => doc.paragraphs.filter((p) => p.flags?.includes(flag as never));

// Committed figures: a change here means the parse changed — check the diff, then update.
const COUNTS: Record<string, { paragraphs: number; headings: number; top: Partial<Record<HeadingKind, number>> }> = {
  '000_a5e27ec903d85b1c': { paragraphs: 42, headings: 39, top: { part: 8, item: 30 } },
  '001_15f55f8f4accb0ee': { paragraphs: 766, headings: 107, top: { chapter: 14, section: 67, box: 25 } },
  '002_b0d980706116bad9': { paragraphs: 47, headings: 41, top: { part: 8, item: 28, subitem: 4 } },
  '003_466db7900b38b0e9': { paragraphs: 184, headings: 195, top: { part: 7, item: 39, subitem: 149 } },
  '004_aa2157c6271cc221': { paragraphs: 182, headings: 62, top: { preface: 1, chapter: 12, section: 42, box: 7 } },
};

describe.each(SEED_IDS)('%s', (id) => {
  const doc = parsedSeed(id);

  it('has the committed structure and paragraph counts', () => {
    const expected = COUNTS[id]!;
    for (const [kind, n] of Object.entries(expected.top)) expect(count(doc, kind as HeadingKind), kind).toBe(n);
    expect(doc.paragraphs).toHaveLength(expected.paragraphs);
    expect(doc.headings).toHaveLength(expected.headings);
  });

  it('keeps every character except line breaks and the listed removed artefacts', () => {
    expect(readingOrderText(doc)).toBe(cleanedSeed(seedText(id), doc.removed));
  });

  it('numbers top-level headings in sequence', () => {
    const top = doc.headings.filter((h) => h.kind === 'part' || h.kind === 'chapter');
    const numerals = '一二三四五六七八九十';
    const expected = top.map((_, i) => (i < 10 ? numerals[i]! : `十${numerals[i - 10] ?? ''}`));
    expect(top.map((h) => h.number!.replace(/^第|章$/g, ''))).toEqual(expected);
  });

  it('gives short, stable ids and consistent heading paths', () => {
    const again = parseDocument(id, seedText(id), profileOf(id));
    expect(again).toEqual(doc);
    doc.paragraphs.forEach((p, i) => expect(p.id).toBe(`p${String(i).padStart(4, '0')}`));
    const byId = new Map(doc.headings.map((h) => [h.id, h]));
    for (const p of doc.paragraphs) {
      const path = p.headingPath.map((hid) => byId.get(hid)!);
      path.forEach((h, i) => {
        expect(h).toBeDefined();
        expect(h.parentId).toBe(i === 0 ? undefined : path[i - 1]!.id);
      });
      expect(p.lines[0]).toBeLessThanOrEqual(p.lines[1]);
    }
    for (const h of doc.headings.filter((h) => h.runIn)) {
      expect(doc.paragraphs[h.paragraphIndex]!.text.startsWith(h.text)).toBe(true);
      expect(doc.paragraphs[h.paragraphIndex]!.headingPath.at(-1)).toBe(h.id);
    }
  });

  it('flags every paragraph holding a stray glyph, and only those', () => {
    const stray = /[栿桇桋暲暳曑曤毺]/;
    for (const p of doc.paragraphs) expect(p.flags?.includes('stray-glyph') ?? false, p.text).toBe(stray.test(p.text));
  });
});

describe('000 web scrape', () => {
  const doc = parsedSeed('000_a5e27ec903d85b1c');

  it('drops the portal chrome and turns the metadata block into metadata', () => {
    expect(doc.removed.map((r) => r.kind)).toEqual(['portal-chrome', 'metadata-block', 'portal-chrome']);
    expect(doc.metadata['索引号']).toBe('012150SX00101/2022-00064');
    expect(doc.metadata['主题分类']).toBe('国土资源、能源');
    expect(doc).toMatchObject({
      title: { text: '山西省推进资源型地区高质量发展“十四五”实施方案', inferred: false },
      issuer: '山西省人民政府办公厅',
      docNumber: '晋政办发〔2022〕29号',
      dates: { written: '2022-04-07', published: '2022-04-08' },
    });
    expect(readingOrderText(doc)).not.toContain('关闭本页');
    expect(readingOrderText(doc)).not.toContain('请输入关键词');
  });

  it('flags the repeated, truncated and fragmentary paragraphs', () => {
    expect(withFlag(doc, 'repeated').map((p) => p.lines[0])).toEqual([123]);
    expect(withFlag(doc, 'truncated').map((p) => p.lines[0])).toEqual([59, 129, 135, 137, 145]);
    expect(withFlag(doc, 'fragment').map((p) => p.lines[0])).toEqual([61, 125, 147]);
  });

  it('reads the （四）… items as run-in headings of their paragraphs', () => {
    const h = doc.headings.find((x) => x.number === '（四）')!;
    expect(h).toMatchObject({ kind: 'item', level: 2, runIn: true, text: '（四）推动资源智能绿色安全开发' });
  });
});

describe('001 PDF export', () => {
  const doc = parsedSeed('001_15f55f8f4accb0ee');

  it('joins lines broken mid-sentence and drops page numbers', () => {
    const p = doc.paragraphs.find((x) => x.text.startsWith('抗击新冠肺炎疫情取得重大战略成果'))!;
    expect(p.text).toContain('打好打赢支援湖北战役、拱卫首都战役');
    expect(p.lines).toEqual([227, 243]);
    expect(doc.removed.filter((r) => r.kind === 'page-number').map((r) => r.text)).toEqual([
      '—01—', '—41—', '—43—', '—46—', '—66—', '—09—', '—411—',
    ]);
  });

  it('joins two-line chapter titles and reads the front matter', () => {
    expect(doc.headings.find((h) => h.number === '第一章')!.text).toBe(
      '第一章 坚决扛起蹚出新路来历史使命,奋力实现转型出雏型宏伟目标',
    );
    expect(doc).toMatchObject({
      issuer: '山西省人民政府',
      docNumber: '晋政发〔2021〕7号',
      dates: { written: '2021-04-09', printed: '2021-04-13' },
      title: { inferred: false },
    });
  });

  it('keeps stray glyphs verbatim', () => {
    expect(withFlag(doc, 'stray-glyph').some((p) => p.text.includes('全面退出劣桋类'))).toBe(true);
    expect(withFlag(doc, 'stray-glyph').some((p) => p.text.includes('山西—浙江暲800千伏'))).toBe(true);
  });

  it('keeps indicator tables line by line, flagged', () => {
    const box = doc.headings.find((h) => h.number === '专栏2')!;
    const rows = doc.paragraphs.filter((p) => p.headingPath.includes(box.id));
    expect(rows.filter((p) => p.flags?.includes('table')).length).toBeGreaterThan(100);
    expect(rows.at(-1)!.text.startsWith('注:①*为2019年数据')).toBe(true);
  });
});

describe('002 markdown-like', () => {
  const doc = parsedSeed('002_b0d980706116bad9');

  it('strips # and ** markers (recorded) and reads levels from the numbering', () => {
    expect(doc.headings.find((h) => h.number === '二')!.text).toBe('二、打造区域协同发展格局');
    expect(doc.removed.filter((r) => r.kind === 'markup').length).toBeGreaterThan(40);
    expect(doc.headings.filter((h) => h.kind === 'item').every((h) => h.level === 2)).toBe(true);
  });

  it('flags the character doubled at a line break', () => {
    expect(withFlag(doc, 'repeated').map((p) => p.lines)).toEqual([[17, 19]]);
  });
});

describe('titles and metadata the text does not give', () => {
  it('003 has an inferred title and no invented metadata', () => {
    const doc = parsedSeed('003_466db7900b38b0e9');
    expect(doc.title.inferred).toBe(true);
    expect(doc.issuer).toBeUndefined();
    expect(doc.docNumber).toBeUndefined();
    expect(doc.paragraphs[0]!.text.startsWith('山西省国家资源型经济转型综合配套改革试验区')).toBe(true);
  });

  it('004 has an inferred title, no document number, and a truncated section heading', () => {
    const doc = parsedSeed('004_aa2157c6271cc221');
    expect(doc.title).toMatchObject({ text: '山西中部城市群高质量发展规划（2022—2035年）', inferred: true });
    expect(doc.docNumber).toBeUndefined();
    expect(doc.dates).toEqual({ printed: '2022-11-09' });
    expect(doc.headings.find((h) => h.text === '第二节 创新要素合理流动机')!.flags).toEqual(['truncated']);
    expect(withFlag(doc, 'misplaced').map((p) => p.text.slice(0, 6))).toEqual(['制持续提高土']);
  });
});
