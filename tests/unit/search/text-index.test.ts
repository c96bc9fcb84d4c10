// The plan-text index: what it finds is what scanning every paragraph finds, it reads only the shards of
// the query's characters and the chunks of the hits it shows, and the compiled files are the index built.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA, loadRealIndex, memoryReader } from './real-index';
import { searchText, type TextResults } from '../../../src/lib/search/search-text';
import { charShard, foldCase, readNumbers, writeNumbers } from '../../../src/lib/search/text-index';
import { buildTextIndex, type IndexedDocument } from '../../../src/lib/search/text-index-build';

const { documents, file } = loadRealIndex();

/** The reference: every paragraph scanned, its earliest match kept (the needle listed first on a tie), plans taken in turn. */
function scan(docs: IndexedDocument[], needles: string[], limit: number): Omit<TextResults, 'needles'> {
  const perDoc: { doc: string; paragraph: string; quote: string }[][] = [];
  let total = 0;
  for (const d of docs) {
    const hits: { doc: string; paragraph: string; quote: string }[] = [];
    for (const p of d.paragraphs) {
      let best: { start: number; length: number } | null = null;
      for (const n of needles) {
        const start = foldCase(p.text).indexOf(foldCase(n));
        if (start >= 0 && (!best || start < best.start)) best = { start, length: n.length };
      }
      if (!best) continue;
      total++;
      if (hits.length < limit) hits.push({ doc: d.id, paragraph: p.id, quote: p.text.slice(best.start, best.start + best.length) });
    }
    perDoc.push(hits);
  }
  const hits: { doc: string; paragraph: string; quote: string }[] = [];
  for (let round = 0; hits.length < limit && perDoc.some((h) => h.length > round); round++) {
    for (const h of perDoc) if (round < h.length && hits.length < limit) hits.push(h[round]);
  }
  return { hits: hits as TextResults['hits'], total };
}

const brief = (r: Omit<TextResults, 'needles'>) => ({ total: r.total, hits: r.hits.map((h) => `${h.doc}/${h.paragraph}/${h.quote}`) });

/** Substrings of the plans at fixed steps (1 to 6 characters), some across a paragraph's end, and words the plans do not have. */
function sampleNeedles(): string[][] {
  const texts = documents.flatMap((d) => d.paragraphs.map((p) => p.text));
  const needles: string[][] = [];
  for (let i = 0; i < texts.length; i += 7) {
    const t = texts[i];
    const at = (i * 13) % Math.max(1, t.length);
    needles.push([t.slice(at, at + 1 + (i % 6))]);
    if (i + 1 < texts.length) needles.push([t.slice(-2) + texts[i + 1].slice(0, 2)]);
  }
  needles.push(['Fenhe'], ['GDP'], ['gdp'], ['G5'], ['太原', '汾河'], ['汾河', '太原'], ['一泓清水入黄河'], ['不在任何规划里的一句话'], ['“1+30”'], ['xqzwvk']);
  return needles;
}

describe('plan-text search over the character index', () => {
  it('finds what a scan of every paragraph finds: the same hits, quotes and totals', async () => {
    const reader = memoryReader(documents);
    const samples = sampleNeedles();
    expect(samples.length).toBeGreaterThan(150);
    let found = 0;
    for (const needles of samples) {
      const expected = scan(documents, needles, 5);
      expect(brief(await searchText(reader, needles, 5)), needles.join(' | ')).toEqual(brief(expected));
      if (expected.total) found++;
    }
    expect(found).toBeGreaterThan(samples.length / 2);
  });

  it('shows each hit with its words in context, exactly as the paragraph has them', async () => {
    const r = await searchText(memoryReader(documents), ['gdp'], 5);
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) {
      const text = documents.find((d) => d.id === h.doc)!.paragraphs.find((p) => p.id === h.paragraph)!.text;
      expect(h.quote).toBe('GDP');
      expect(text).toContain(h.before.replace(/^…/, '') + h.quote + h.after.replace(/…$/, ''));
    }
  });

  it('reads only the shards of the query’s characters and the chunks of the hits it shows', async () => {
    const reader = memoryReader(documents);
    const r = await searchText(reader, ['发展'], 5);
    expect(r.total).toBeGreaterThan(5);
    expect(new Set(reader.reads.shards)).toEqual(new Set([...'发展'].map((c) => charShard(c, reader.layout.shards))));
    expect(reader.reads.chunks.length).toBeLessThanOrEqual(5);
    expect(reader.layout.shards).toBeGreaterThan(4);
  });

  it('writes numbers as text and reads them back', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 65_535, 1_048_575, 4_000_000, 7];
    expect(readNumbers(writeNumbers(numbers))).toEqual(numbers);
    expect(writeNumbers([5, 40])).toMatch(/^[\w-]+$/);
  });
});

describe('the compiled plan-text files', () => {
  it('are the index built from the plans’ paragraphs in the search index’s order', () => {
    const built = buildTextIndex(documents);
    expect(file.text).toEqual(built.layout);
    expect(file.documents.map((d) => d.paragraphs)).toEqual(documents.map((d) => d.paragraphs.length));
    const files = readdirSync(`${DATA}/search`);
    expect(files.filter((f) => f.startsWith('chars-'))).toHaveLength(built.shards.length);
    expect(files.filter((f) => f.startsWith('paragraphs-'))).toHaveLength(built.chunks.length);
    built.shards.forEach((shard, k) => expect(JSON.parse(readFileSync(`${DATA}/search/chars-${k}.json`, 'utf8'))).toEqual(shard));
    built.chunks.forEach((rows, c) => expect(JSON.parse(readFileSync(`${DATA}/search/paragraphs-${c}.json`, 'utf8'))).toEqual(rows));
  });
});
