// The quote rule on two small synthetic plans (no registered plan named): a PDF export numbered 第X章/第X节, its
// lines broken at the page width with a page number inside a paragraph, and an outline numbered 一、/（一）.
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/lib/documents/document-types';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { compileProfile } from '../../../src/lib/documents/parsing-profile';
import { formatCitation } from '../../../src/lib/citations/format-citation';
import { CitationError, resolveCitation, tryResolveCitation } from '../../../src/lib/citations/resolve-citation';
import { citeSelection } from '../../../src/lib/citations/cite-selection';

const MEASURE = 28;
/** A paragraph as a PDF export prints it: lines of MEASURE characters, the last one short. */
const printed = (text: string) => Array.from({ length: Math.ceil(text.length / MEASURE) }, (_, i) => text.slice(i * MEASURE, (i + 1) * MEASURE));

const CORE = '以测试市为核心，依托甲乙高铁、丙丁高速综合运输通道建设南北发展带和东西发展带，形成“一核两带”城镇发展格局，推动沿线城镇分工协作、错位发展，以“一核”带动全域，促进人口和产业向发展带集聚。';
const BELTS = '南北发展带北起北部城镇，南至南部城镇，以“一核”为枢纽串联沿线城市，打造先进制造业集聚区；东西发展带联通东西两翼，建设物流枢纽和开放门户，支持测试综合保税区二期建设，新建甲县综合保税区；支持测试综合保税区二期建设，完善口岸功能。';
const PAGE = '—2—';
const pdfLines = [
  '前言',
  ...printed('本规划依据有关文件编制，是指导城市群发展的行动纲领，规划期限为2030—2035年，展望到更远时期。'),
  '第一章 构建城市群一体化发展新格局',
  '第一节 构建“一核两带”城镇格局',
  ...printed(CORE).flatMap((line, i) => (i === 2 ? [PAGE, line] : [line])),
  '第二节 提升“两带”互通协作水平',
  ...printed(BELTS),
  '专栏1 重点产业链',
  ...printed('新材料特钢材料产业链、新能源汽车产业链和现代医药产业链，培育一批链主企业，形成协同配套的产业集群。'),
];
const PDF_TEXT = pdfLines.join('\n\n') + '\n';
const PDF_TITLE = '山西省测试城市群发展规划（2030—2035年）';
const pdfDoc = parseDocument('900_0000000000000001', PDF_TEXT, compileProfile({
  title: { zh: PDF_TITLE, en: 'Test city cluster plan' }, titleInferred: { note: 'synthetic' }, parsing: { layout: 'pdf' },
}));

const OUTLINE_TEXT = [
  '山西省测试实施方案', '一、总体要求', '坚持生态优先、绿色发展。', '二、空间布局',
  '（一）率先建设测试区域中心城市。提升省会城市功能品质，增强辐射带动能力。', '（二）打造城镇组团。推动组团协同发展。',
].join('\n') + '\n';
const outlineDoc = parseDocument('901_0000000000000002', OUTLINE_TEXT, compileProfile({
  title: { zh: '山西省测试实施方案', en: 'Test implementation plan' }, parsing: { layout: 'lines', numbering: 'outline', titleLines: ['^山西省测试实施方案$'] },
}));

/** The 1-based line of the seed text where `needle` starts. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const errorOf = (fn: () => unknown): CitationError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CitationError) return e;
    throw e;
  }
  throw new Error('expected a CitationError');
};

describe('the synthetic plans parse as intended', () => {
  it('one paragraph per printed paragraph, the page number removed', () => {
    expect(pdfDoc.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining([CORE, BELTS]));
    expect(pdfDoc.removed.map((r) => r.text)).toEqual([PAGE]);
    expect(outlineDoc.headings.filter((h) => h.kind !== 'title').map((h) => h.number)).toEqual(['一', '二', '（一）', '（二）']);
    expect(pdfDoc.headings.map((h) => h.kind)).toEqual(['preface', 'chapter', 'section', 'section', 'box']);
  });
});

describe('resolveCitation', () => {
  const seed = pdfDoc.id;

  it('resolves an exact quote to its paragraph, offsets, headings and seed line', () => {
    const quote = '是指导城市群发展的行动纲领';
    const r = resolveCitation(pdfDoc, { seed, quote }, 'x');
    const p = pdfDoc.paragraphs.find((x) => x.id === r.paragraphId)!;
    expect(p.text.slice(r.start, r.end)).toBe(quote);
    expect(r.headingPath).toEqual(['前言']);
    expect(r.lines).toEqual([lineOf(PDF_TEXT, quote), lineOf(PDF_TEXT, quote)]);
  });

  it('matches a quote across a PDF line break, with or without the break in the quote', () => {
    const [first, second] = printed(CORE);
    const joined = resolveCitation(pdfDoc, { seed, quote: first!.slice(-8) + second!.slice(0, 8) }, 'belts');
    const broken = resolveCitation(pdfDoc, { seed, quote: `${first!.slice(-8)}\n\n${second!.slice(0, 8)}` }, 'belts');
    expect(broken).toEqual(joined);
    expect(joined.lines).toEqual([lineOf(PDF_TEXT, first!), lineOf(PDF_TEXT, second!)]);
    expect(joined.headingPath).toEqual(['第一章 构建城市群一体化发展新格局', '第一节 构建“一核两带”城镇格局']);
  });

  it('matches across a dropped page number', () => {
    const lines = printed(CORE);
    const quote = lines[1]!.slice(-6) + lines[2]!.slice(0, 6); // the page number stands between these two lines
    const r = resolveCitation(pdfDoc, { seed, quote }, 'x');
    expect(r.lines).toEqual([lineOf(PDF_TEXT, lines[1]!), lineOf(PDF_TEXT, lines[2]!)]);
    expect(r.lines[1] - r.lines[0]).toBe(4); // line, blank, page number, blank, line
  });

  it('uses a prefix (or suffix) to pick one of several occurrences', () => {
    const quote = '支持测试综合保税区二期建设';
    expect(errorOf(() => resolveCitation(pdfDoc, { seed, quote }, 'bonded-zone')).reason).toBe('ambiguous');
    const first = resolveCitation(pdfDoc, { seed, quote, prefix: '建设物流枢纽和开放门户，' }, 'bonded-zone');
    const last = resolveCitation(pdfDoc, { seed, quote, suffix: '，完善口岸功能' }, 'bonded-zone');
    expect(first.paragraphId).toBe(last.paragraphId);
    expect(first.start).toBeLessThan(last.start);
  });

  it('rejects a quote found more than once in the document, naming the item and the quote', () => {
    const e = errorOf(() => resolveCitation(pdfDoc, { seed, quote: '以“一核”' }, 'test-core'));
    expect(e.reason).toBe('ambiguous');
    expect(e.matches).toBeGreaterThan(1);
    expect(e.message).toContain('test-core');
    expect(e.message).toContain('以“一核”');
  });

  it('rejects a missing quote, and never matches fuzzily', () => {
    for (const quote of ['一核三带', '依托甲乙高铁 、丙丁高速', '依托甲乙高铁,丙丁高速']) {
      const e = errorOf(() => resolveCitation(pdfDoc, { seed, quote }, 'no-such-belt'));
      expect(e.reason).toBe('not-found');
      expect(e.message).toContain('no-such-belt');
      expect(e.message).toContain(quote);
    }
  });

  it('returns failures as values from tryResolveCitation', () => {
    expect(tryResolveCitation(pdfDoc, { seed: outlineDoc.id, quote: '规划' }, 'wrong')).toMatchObject({ ok: false, reason: 'wrong-document' });
  });

  it('resolves a quote from a standalone heading to the heading and its first paragraph', () => {
    const r = resolveCitation(pdfDoc, { seed, quote: '提升“两带”互通协作水平' }, 'two-belts');
    const heading = pdfDoc.headings.find((h) => h.id === r.headingId)!;
    expect(heading.text).toBe('第二节 提升“两带”互通协作水平');
    expect(heading.text.slice(r.start, r.end)).toBe('提升“两带”互通协作水平');
    expect(r.paragraphId).toBe(pdfDoc.paragraphs[heading.paragraphIndex]!.id);
    expect(r.headingPath).toEqual(['第一章 构建城市群一体化发展新格局', '第二节 提升“两带”互通协作水平']);
    expect(r.lines).toEqual([lineOf(PDF_TEXT, '第二节'), lineOf(PDF_TEXT, '第二节')]);
  });

  it('works on a document loaded from its JSON', () => {
    const fromJson = JSON.parse(JSON.stringify(pdfDoc)) as PlanDocument;
    const citation = { seed, quote: '依托甲乙高铁、丙丁高速综合运输通道' };
    expect(resolveCitation(fromJson, citation)).toEqual(resolveCitation(pdfDoc, citation));
  });
});

describe('formatCitation', () => {
  it('gives the title in 《》 and the chapter/section numbers', () => {
    const r = resolveCitation(pdfDoc, { seed: pdfDoc.id, quote: '依托甲乙高铁、丙丁高速综合运输通道' });
    expect(formatCitation(pdfDoc, r)).toBe(`《${PDF_TITLE}》第一章第一节`);
    expect(formatCitation(pdfDoc, r, { quote: '南北发展带' })).toBe(`《${PDF_TITLE}》第一章第一节：“南北发展带”`);
  });

  it('names parts and items in plans numbered 一、/（一）', () => {
    const r = resolveCitation(outlineDoc, { seed: outlineDoc.id, quote: '率先建设测试区域中心城市' });
    expect(formatCitation(outlineDoc, r)).toBe('《山西省测试实施方案》第二部分（一）');
  });

  it('names boxes and the preface', () => {
    const r = resolveCitation(pdfDoc, { seed: pdfDoc.id, quote: '规划期限为2030—2035年' });
    expect(formatCitation(pdfDoc, r)).toBe(`《${PDF_TITLE}》前言`);
    const box = resolveCitation(pdfDoc, { seed: pdfDoc.id, quote: '新材料特钢材料产业链' });
    expect(formatCitation(pdfDoc, box)).toMatch(/第一章第二节专栏1$/);
  });
});

describe('a selection cited in the authoring mode, by the same rule', () => {
  it('takes a quote found once as it is, with its headings', () => {
    const cited = citeSelection(pdfDoc, '建设南北发展带和东西发展带', '');
    expect(cited).toMatchObject({ ok: true, quote: '建设南北发展带和东西发展带', headingPath: ['第一章 构建城市群一体化发展新格局', '第一节 构建“一核两带”城镇格局'] });
    expect(cited.ok && cited.prefix).toBeFalsy();
  });

  it('adds the shortest prefix that makes a repeated quote unique, from the text before the selection', () => {
    const [first, second] = [BELTS.indexOf('支持测试综合保税区二期建设'), BELTS.lastIndexOf('支持测试综合保税区二期建设')];
    expect(second).toBeGreaterThan(first);
    const cited = citeSelection(pdfDoc, '支持测试综合保税区二期建设', BELTS.slice(0, second));
    expect(cited).toMatchObject({ ok: true, prefix: '；' });
    // The citation the draft will write resolves to the second occurrence.
    const resolved = tryResolveCitation(pdfDoc, { seed: pdfDoc.id, quote: '支持测试综合保税区二期建设', prefix: '；' });
    expect(resolved.ok && resolved.start).toBe(second);
  });

  it('says why a selection cannot be cited', () => {
    expect(citeSelection(pdfDoc, '不在规划里的话', '')).toMatchObject({ ok: false, problem: expect.stringContaining('not found') });
  });
});
