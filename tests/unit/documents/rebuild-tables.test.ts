// Tables of 专栏 boxes rebuilt from the lines a PDF export left of them: a small fixture with each
// kind of damage, then the plans' own tables, checked against what their text says of itself.
import { describe, expect, it } from 'vitest';
import type { DocumentTable, PlanDocument } from '../../../src/lib/documents/document-types';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { compileProfile, type SeedProfile } from '../../../src/lib/documents/parsing-profile';
import { resolveCitation } from '../../../src/lib/citations/resolve-citation';
import { parsedSeed, SEED_IDS } from './seed-fixtures';

const HEADER = ['类', '别', '序', '号', '指  标 2020年', '增长', '属性'];
// Blank lines stand between cells, as in the exports; a cell broken over two lines has none.
const FIXTURE = [
  '第一章 总体要求', '', '第一节 主要目标', '', '到2025年,主要目标如下。', '',
  '专栏1 测试指标', '', ...HEADER.flatMap((l) => [l, '']),
  '甲', '', '乙', '', '1', '', '2', '', '3', '',
  '产值(亿元) 10左右7.0 预期性', '',
  '人口规模', '',
  '常住人口(万人) 5 - 预期性', '',
  '户籍人口数', '量(万人) 3 - 预期性', '',
  '收入(元) 100', '', '控制在', '', '5以下 约束性', '',
  ...HEADER.flatMap((l) => [l, '']),
  '丙', '', '丁', '', '4', '', '5', '',
  '用水量(吨) 8 - 约束性', '',
  '用地(亩) 2 - 约束性', '',
  '注:数据为测试用。', '',
].join('\n');

const PROFILE: SeedProfile = compileProfile({
  title: { zh: '测试规划', en: 'Fixture' },
  titleInferred: { note: 'fixture' },
  parsing: { layout: 'pdf', tables: [{ box: '专栏1', columns: ['类别', '序号', '指  标', '2020年', '增长', '属性'] }] },
});

/** Every cell is verbatim: its text is exactly the characters its parts point at. */
function expectVerbatim(doc: PlanDocument, table: DocumentTable): void {
  const text = new Map(doc.paragraphs.map((p) => [p.id, p.text]));
  const cells = [...table.columns, ...table.columnGroups.map((g) => g.cell), ...table.rows.flatMap((r) => r.cells)];
  for (const cell of cells) {
    expect(cell.parts.map((p) => text.get(p.paragraphId)!.slice(p.start, p.end)).join('')).toBe(cell.text);
    for (const p of cell.parts) expect(table.paragraphIds).toContain(p.paragraphId);
  }
}

describe('rebuilding a damaged table (fixture)', () => {
  const doc = parseDocument('fixture', FIXTURE, PROFILE);
  const table = doc.tables![0]!;
  const rows = table.rows.map((r) => r.cells.map((c) => c.text));

  it('reads the scattered header once, though the page break repeats it', () => {
    expect(table.caption).toBe('专栏1 测试指标');
    expect(table.columns.map((c) => c.text)).toEqual(['类别', '序号', '指  标', '2020年', '增长', '属性']);
    expect(table.repairs).toEqual(expect.arrayContaining(['vertical-text', 'repeated-header']));
  });

  it('rebuilds rows: categories, numbers listed apart, a label over its rows, wrapped, merged and split cells', () => {
    expect(rows).toEqual([
      ['甲乙', '1', '产值(亿元)', '10左右', '7.0', '预期性'],
      ['甲乙', '2', '人口规模', '', '', ''],
      ['甲乙', '', '常住人口(万人)', '5', '-', '预期性'],
      ['甲乙', '', '户籍人口数量(万人)', '3', '-', '预期性'],
      ['甲乙', '3', '收入(元)', '100', '控制在5以下', '约束性'],
      ['丙丁', '4', '用水量(吨)', '8', '-', '约束性'],
      ['丙丁', '5', '用地(亩)', '2', '-', '约束性'],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(['data', 'label', 'data', 'data', 'data', 'data', 'data']);
    expect(table.repairs).toEqual(expect.arrayContaining(['numbers-apart', 'wrapped-cells', 'merged-cells', 'split-cells']));
  });

  it('keeps every cell verbatim and the note under the table as prose', () => {
    expectVerbatim(doc, table);
    const note = doc.paragraphs.find((p) => p.text.startsWith('注:'))!;
    expect(table.paragraphIds).not.toContain(note.id);
  });

  it('resolves a quote of a cell broken over two lines to where it starts', () => {
    const citation = resolveCitation(doc, { seed: 'fixture', quote: '户籍人口数量' });
    expect(doc.paragraphs.find((p) => p.id === citation.paragraphId)!.text).toBe('户籍人口数');
    expect(citation.start).toBe(0);
  });

  it('fails loudly when the profile names a header the lines do not have', () => {
    const wrong = { ...PROFILE, tables: [{ box: '专栏1', columns: ['类别', '序号', '名称'] }] };
    expect(() => parseDocument('fixture', FIXTURE, wrong)).toThrow(/header/);
  });
});

describe("the plans' tables", () => {
  const withTables = SEED_IDS.map(parsedSeed).filter((d) => d.tables?.length);

  it('cover every line flagged as a table line, each in one table', () => {
    for (const doc of withTables) {
      const flagged = doc.paragraphs.filter((p) => p.flags?.includes('table')).map((p) => p.id);
      expect(doc.tables!.flatMap((t) => t.paragraphIds).sort()).toEqual(flagged.sort());
    }
  });

  it('have verbatim cells and full rows', () => {
    for (const doc of withTables) {
      for (const table of doc.tables!) {
        expectVerbatim(doc, table);
        for (const row of table.rows.filter((r) => r.kind !== 'section')) expect(row.cells).toHaveLength(table.columns.length);
        // The last column holds one of the few recurring values (预期性, 约束性) in every data row.
        const last = new Set(table.rows.filter((r) => r.kind === 'data').map((r) => r.cells.at(-1)!.text));
        expect(last.size).toBeLessThanOrEqual(3);
      }
    }
  });

  it('number their rows 1, 2, 3… in order, each number once', () => {
    for (const doc of withTables) {
      for (const table of doc.tables!) {
        const numberColumn = table.columns.findIndex((c) => c.text.replace(/\s/g, '') === '序号');
        const numbers = table.rows.filter((r) => r.kind !== 'section').map((r) => r.cells[numberColumn]!.text).filter(Boolean);
        expect(numbers).toEqual(numbers.map((_, k) => String(k + 1)));
        expect(table.repairs).not.toContain('numbers-unmatched');
      }
    }
  });

  it('resolve quotes into cells, also a cell the export broke over two lines', () => {
    const broken = (c: DocumentTable['rows'][number]['cells'][number]) => new Set(c.parts.map((p) => p.paragraphId)).size > 1 && /\p{Script=Han}{6}/u.test(c.text);
    const doc = withTables.find((d) => d.tables!.some((t) => t.rows.some((r) => r.cells.some(broken))));
    expect(doc, 'a registered plan has a table cell broken over lines').toBeDefined();
    const cells = doc!.tables!.flatMap((t) => t.rows.flatMap((r) => r.cells));
    const cell = cells.find(broken)!;
    expect(resolveCitation(doc!, { seed: doc!.id, quote: cell.text }).paragraphId).toBe(cell.parts[0]!.paragraphId);
    // A cell on one line, found once in the whole plan, resolves to its own line.
    const whole = cells.find((c) => c.parts.length === 1 && c.text.length >= 6 && doc!.paragraphs.filter((p) => p.text.includes(c.text)).length === 1)!;
    expect(resolveCitation(doc!, { seed: doc!.id, quote: whole.text }).paragraphId).toBe(whole.parts[0]!.paragraphId);
  });

  it('hold as many rows under each section as the section says (一、经济发展(6个))', () => {
    for (const doc of withTables) {
      for (const table of doc.tables!) {
        table.rows.forEach((row, k) => {
          const said = /[(（](\d+)个[)）]$/.exec(row.cells[0]!.text);
          if (row.kind !== 'section' || !said) return;
          const next = table.rows.slice(k + 1).findIndex((r) => r.kind === 'section');
          expect(table.rows.slice(k + 1, next < 0 ? undefined : k + 1 + next).length, row.cells[0]!.text).toBe(Number(said[1]));
        });
      }
    }
  });
});
