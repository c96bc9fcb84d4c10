import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/documents/parse-document';
import { SEED_IDS, cleanedSeed, parsedSeed, readingOrderText, seedText } from './seed-fixtures';
import { profileOf, registry } from '../plans/registry-data';
import { parseRecord } from '../../../src/lib/documents/parse-record';
import { literally } from '../../e2e/plan-picks';

// Every registered plan is parsed and checked against its own registry entry: nothing here names a plan.
const entryOf = (id: string) => registry.find((p) => p.id === id)!;

describe.each(SEED_IDS)('%s', (id) => {
  const doc = parsedSeed(id);

  it('parses as its registry entry records (a difference means the parse changed: review it, then npm run plan:record-parse)', () => {
    const entry = entryOf(id);
    expect(entry.parsed, `data/plans/${id}.json has no parse record`).toBeDefined();
    expect(parseRecord(doc)).toEqual(entry.parsed);
  });

  it('states what its registry entry says the text states: title, issuer, 文号 and date', () => {
    const entry = entryOf(id);
    expect(doc.title).toMatchObject({ text: entry.title.zh, inferred: !!entry.titleInferred });
    expect(doc.issuer).toBe(entry.issuer);
    expect(doc.docNumber).toBe(entry.docNumber);
    expect(doc.dates?.written ?? doc.dates?.printed).toBe(entry.date);
  });

  it('flags each damage its profile lists on the one paragraph or heading that contains it', () => {
    for (const d of entryOf(id).parsing.damage ?? []) {
      const hits = [...doc.paragraphs, ...doc.headings].filter((t) => t.text.includes(d.contains));
      expect(hits, d.contains).toHaveLength(1);
      expect(hits[0]!.flags ?? []).toEqual(expect.arrayContaining(d.flags));
    }
  });

  it('leaves nothing its profile removes in the text: page numbers, portal chrome, markdown markers', () => {
    const profile = entryOf(id).parsing;
    const texts = [...doc.paragraphs, ...doc.headings].map((t) => t.text);
    const pageNumber = new RegExp(profile.pageNumber ?? '^[—–-]+\\s*\\d+\\s*[—–-]+$');
    if (profile.layout === 'pdf') expect(texts.filter((t) => pageNumber.test(t.trim()))).toEqual([]);
    if (profile.markdown) {
      expect(doc.removed.some((r) => r.kind === 'markup')).toBe(true);
      expect(texts.filter((t) => /\*\*|^#|^---$/.test(t.trim()))).toEqual([]);
    }
    if (profile.chromeUntil) expect(doc.removed[0]!.kind).toBe('portal-chrome');
    if (profile.metadataThrough) {
      expect(doc.removed.some((r) => r.kind === 'metadata-block')).toBe(true);
      expect(Object.keys(doc.metadata).length).toBeGreaterThan(0);
      for (const [k, v] of Object.entries(doc.metadata)) expect(seedText(id)).toMatch(new RegExp(`${k}[：:]\\s*${literally(v).source}`));
    }
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
