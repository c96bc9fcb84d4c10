import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/lib/documents/document-types';
import { formatCitation } from '../../../src/lib/citations/format-citation';
import { CitationError, resolveCitation, tryResolveCitation } from '../../../src/lib/citations/resolve-citation';
import { parsedSeed } from '../documents/seed-fixtures';

const CLUSTER = '004_aa2157c6271cc221';
const RESOURCE = '000_a5e27ec903d85b1c';
const OUTLINE = '001_15f55f8f4accb0ee';
const cluster = parsedSeed(CLUSTER);

const errorOf = (fn: () => unknown): CitationError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CitationError) return e;
    throw e;
  }
  throw new Error('expected a CitationError');
};

describe('resolveCitation', () => {
  it('resolves an exact quote to its paragraph, offsets, headings and seed line', () => {
    const quote = '构建“一核四带多组团”城镇发展格局';
    const r = resolveCitation(cluster, { seed: CLUSTER, quote }, 'one-core-four-belts-many-clusters');
    const p = cluster.paragraphs.find((x) => x.id === r.paragraphId)!;
    expect(p.text.slice(r.start, r.end)).toBe(quote);
    expect(r.headingPath).toEqual(['第三章 构建城市群一体化发展新格局']);
    expect(r.lines).toEqual([333, 333]);
  });

  it('matches a quote across a PDF line break, with or without the break in the quote', () => {
    const joined = resolveCitation(cluster, { seed: CLUSTER, quote: '依托大西高铁、大运高速综合运输通道' }, 'fenhe-valley-town-belt');
    const broken = resolveCitation(cluster, { seed: CLUSTER, quote: '依托大西高铁、大运高\n\n速综合运输通道' }, 'fenhe-valley-town-belt');
    expect(broken).toEqual(joined);
    expect(joined.lines).toEqual([364, 366]);
    expect(joined.headingPath).toEqual(['第三章 构建城市群一体化发展新格局', '第二节 提升“四带”互通协作水平']);
  });

  it('matches across a dropped page number', () => {
    const r = resolveCitation(parsedSeed(OUTLINE), { seed: OUTLINE, quote: '支援湖北战役、拱卫首都战役' }, 'x');
    expect(r.lines).toEqual([235, 241]);
  });

  it('uses a prefix (or suffix) to pick one of several occurrences', () => {
    const doc = parsedSeed(RESOURCE);
    const quote = '支持太原武宿综合保税区二期建设';
    expect(errorOf(() => resolveCitation(doc, { seed: RESOURCE, quote }, 'wusu-bonded-zone')).reason).toBe('ambiguous');
    const first = resolveCitation(doc, { seed: RESOURCE, quote, prefix: '运城自贸试验区片区，' }, 'wusu-bonded-zone');
    const last = resolveCitation(doc, { seed: RESOURCE, quote, suffix: '，新建阳曲、侯马综合保税区。（责任单位' }, 'wusu-bonded-zone');
    expect(first.paragraphId).toBe(last.paragraphId);
    expect(first.start).toBeLessThan(last.start);
  });

  it('rejects a quote found more than once in the document, naming the item and the quote', () => {
    const e = errorOf(() => resolveCitation(cluster, { seed: CLUSTER, quote: '以“一核”' }, 'taiyuan-core'));
    expect(e.reason).toBe('ambiguous');
    expect(e.matches).toBeGreaterThan(1);
    expect(e.message).toContain('taiyuan-core');
    expect(e.message).toContain('以“一核”');
  });

  it('rejects a missing quote, and never matches fuzzily', () => {
    for (const quote of ['一核五带多组团', '依托大西高铁 、大运高速', '依托大西高铁,大运高速']) {
      const e = errorOf(() => resolveCitation(cluster, { seed: CLUSTER, quote }, 'no-such-belt'));
      expect(e.reason).toBe('not-found');
      expect(e.message).toContain('no-such-belt');
      expect(e.message).toContain(quote);
    }
  });

  it('returns failures as values from tryResolveCitation', () => {
    expect(tryResolveCitation(cluster, { seed: RESOURCE, quote: '规划' }, 'wrong')).toMatchObject({ ok: false, reason: 'wrong-document' });
  });

  it('resolves a quote from a standalone heading to the heading and its first paragraph', () => {
    const r = resolveCitation(cluster, { seed: CLUSTER, quote: '提升“四带”互通协作水平' }, 'four-belts');
    const heading = cluster.headings.find((h) => h.id === r.headingId)!;
    expect(heading.text).toBe('第二节 提升“四带”互通协作水平');
    expect(heading.text.slice(r.start, r.end)).toBe('提升“四带”互通协作水平');
    expect(r.paragraphId).toBe(cluster.paragraphs[heading.paragraphIndex]!.id);
    expect(r.headingPath).toEqual(['第三章 构建城市群一体化发展新格局', '第二节 提升“四带”互通协作水平']);
    expect(r.lines).toEqual([362, 362]);
  });

  it('works on a document loaded from its JSON', () => {
    const fromJson = JSON.parse(JSON.stringify(cluster)) as PlanDocument;
    const citation = { seed: CLUSTER, quote: '依托大西高铁、大运高速综合运输通道' };
    expect(resolveCitation(fromJson, citation)).toEqual(resolveCitation(cluster, citation));
  });
});

describe('formatCitation', () => {
  it('gives the title in 《》 and the chapter/section numbers', () => {
    const r = resolveCitation(cluster, { seed: CLUSTER, quote: '依托大西高铁、大运高速综合运输通道' });
    expect(formatCitation(cluster, r)).toBe('《山西中部城市群高质量发展规划（2022—2035年）》第三章第二节');
    expect(formatCitation(cluster, r, { quote: '汾河谷地城镇带' })).toBe(
      '《山西中部城市群高质量发展规划（2022—2035年）》第三章第二节：“汾河谷地城镇带”',
    );
  });

  it('names parts and items in plans numbered 一、/（一）', () => {
    const doc = parsedSeed(RESOURCE);
    const r = resolveCitation(doc, { seed: RESOURCE, quote: '率先建设太原国家区域中心城市' });
    expect(formatCitation(doc, r)).toBe('《山西省推进资源型地区高质量发展“十四五”实施方案》第四部分（十三）');
  });

  it('names boxes and the preface', () => {
    const r = resolveCitation(cluster, { seed: CLUSTER, quote: '规划期限为2022—2035年' });
    expect(formatCitation(cluster, r)).toBe('《山西中部城市群高质量发展规划（2022—2035年）》前言');
    const box = resolveCitation(cluster, { seed: CLUSTER, quote: '新材料特钢材料产业链' });
    expect(formatCitation(cluster, box)).toMatch(/第六章第三节专栏4$/);
  });
});
