// The authoring mode's messages are the build's own: each bad draft is refused naming its problem.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AuthorSession } from '../../../scripts/author/author-draft';
import { DRAFT_DEFAULTS, draftId, draftRecord, type FeatureDraft } from '../../../src/lib/authoring/draft-feature';
import { frameRecord, groupsForSlogan } from '../../../src/lib/authoring/draft-frame';
import { withCitation, withRecord } from '../../../src/lib/authoring/catalogue-text';
import { readCatalogueFiles } from '../../../scripts/compile/repo-catalogue';
import { loadRegistry } from '../../../scripts/plans/load-registry';
import { normalizeQuote, countOccurrences } from '../../../src/lib/citations/normalize-quote';

const session = new AuthorSession('.');
const files = readCatalogueFiles();
const seed = loadRegistry('.')[0].id;
const text = normalizeQuote(readFileSync(`seeds/${seed}.txt`, 'utf8'));
const takenIds = new Set(files.flatMap((f) => (f.content.features ?? []).map((r) => r.id)));
// A passage of the plan found exactly once, and one found twice (read from the text, not written here).
const uniqueQuote = (() => {
  for (let i = 200; i < text.length - 14; i += 37) {
    const q = text.slice(i, i + 14);
    if (!/\s/.test(q) && countOccurrences(text, q) === 1) return q;
  }
  throw new Error('no unique passage');
})();
const repeatedQuote = (() => {
  for (let i = 200; i < text.length - 4; i += 11) {
    const q = text.slice(i, i + 4);
    if (!/[\s\p{P}]/u.test(q) && countOccurrences(text, q) === 2) return q;
  }
  throw new Error('no repeated passage');
})();
const countyName = (() => {
  const topo = JSON.parse(readFileSync('data/basemap/shanxi.topo.json', 'utf8'));
  return topo.objects.counties.geometries.map((g: { properties: { name: string } }) => g.properties.name).find((n: string) => n.endsWith('县')) as string;
})();

const draft = (over: Partial<FeatureDraft> = {}): FeatureDraft => ({
  seed, quote: uniqueQuote, gloss: 'A test passage', id: draftId('authoring test feature', takenIds), nameZh: uniqueQuote.slice(0, 4), nameEn: 'Test',
  kind: 'zone', basis: 'quoted', schematic: false, ...DRAFT_DEFAULTS, units: [countyName], ...over,
});
const problems = (over: Partial<FeatureDraft>) => session.check(seed, draftRecord(draft(over))).problems.join('\n');

describe('authoring: a draft is checked by the build', () => {
  it('accepts a good draft', () => expect(problems({})).toBe(''));
  it('refuses an unknown place', () => expect(problems({ units: [countyName, '无此县'] })).toMatch(/无此县/));
  it('refuses a quote that is not in the plan', () => expect(problems({ quote: `${uniqueQuote}不在原文里的话` })).toMatch(/不在原文里的话/));
  it('refuses a quote found twice', () => expect(problems({ quote: repeatedQuote, nameZh: repeatedQuote })).toMatch(new RegExp(repeatedQuote)));
  it('refuses an id that is taken', () => expect(problems({ id: [...takenIds][0] })).toMatch(new RegExp([...takenIds][0])));
  it('refuses a missing zh name', () => expect(problems({ nameZh: '' })).not.toBe(''));
  it('makes a line through seats, a corridor, a river and points, and previews the build\'s shape', () => {
    const other = (() => {
      const topo = JSON.parse(readFileSync('data/basemap/shanxi.topo.json', 'utf8'));
      const names = topo.objects.counties.geometries.map((g: { properties: { name: string } }) => g.properties.name) as string[];
      return names.filter((n) => n.endsWith('县') && n !== countyName && names.filter((m) => m === n).length === 1).at(-1)!;
    })();
    const { rivers, places } = session.options();
    expect(rivers.length).toBeGreaterThan(0);
    expect(places.length).toBeGreaterThan(0);
    const shapes: [Partial<FeatureDraft>, string][] = [
      [{ shape: 'line', units: [countyName, other] }, 'LineString'],
      [{ shape: 'corridor', units: [countyName, other], widthKm: 15 }, 'Polygon'],
      [{ shape: 'river', river: rivers[0] }, 'LineString'],
      [{ shape: 'point', units: [places[0]] }, 'Point'],
      [{ shape: 'prefectures', units: [places[0]] }, ''],
    ];
    for (const [over, type] of shapes) {
      const record = draftRecord(draft(over));
      const outcome = session.check(seed, record);
      if (!type) { expect(outcome.problems.join()).toMatch(new RegExp(places[0])); continue; }
      expect(outcome.problems).toEqual([]);
      expect(AuthorSession.draftGeometry(outcome.built, record.id)?.type).toContain(type);
    }
    expect(problems({ shape: 'line', units: [countyName, '无此地'] })).toMatch(/unknown place «无此地»/);
    expect(draftRecord(draft({ shape: 'band', units: ['甲', '乙'], widthKm: 30 })).geometry).toEqual({ type: 'band', along: ['甲', '乙'], widthKm: 30 });
    expect(draftRecord(draft({ shape: 'point', units: ['甲', '乙'] })).geometry).toEqual({ type: 'points', places: ['甲', '乙'] });
  });

  it('cites a passage into an existing feature, or names the problem', () => {
    const existing = files.find((f) => f.content.seed === seed)!.content.features![0].id;
    expect(session.checkCitation(existing, { seed, quote: uniqueQuote }).problems).toEqual([]);
    expect(session.checkCitation('no-such-feature', { seed, quote: uniqueQuote }).problems.join()).toMatch(/no-such-feature/);
    expect(session.checkCitation(existing, { seed, quote: `${uniqueQuote}不在原文里的话` }).problems.join()).toMatch(/不在原文里的话/);
  });

  it('groups a frame by its slogan and checks the counts with the build', () => {
    const groups = groupsForSlogan('一核两翼', []);
    expect(groups.map((g) => [g.count, g.label])).toEqual([[1, '核'], [2, '翼']]);
    // Renamed to another slogan: a group keeps its members where its label stays.
    const filled = [{ ...groups[0], members: ['a'] }, { ...groups[1], members: ['b', 'c'] }];
    expect(groupsForSlogan('一心两翼', filled).map((g) => g.members)).toEqual([[], ['b', 'c']]);
    expect(groupsForSlogan('山西中部城市群', [])).toEqual([{ label: '', labelEn: '', count: 0, members: [] }]);

    const [a, b, c] = [...takenIds];
    const frame = (members: string[][]) => frameRecord(draft({ asFrame: true, id: 'frame-authoring-test', nameZh: '一核两翼', nameEn: 'One Core, Two Wings', groups: groupsForSlogan('一核两翼', []).map((g, i) => ({ ...g, members: members[i] })) }));
    expect(frame([[a], [b, c]])).toMatchObject({ id: 'frame-authoring-test', seed, groups: [{ label: '核', count: 1, members: [a] }, { label: '翼', count: 2, members: [b, c] }] });
    expect(session.checkFrame(seed, frame([[a], [b, c]])).problems).toEqual([]);
    expect(session.checkFrame(seed, frame([[a], [b]])).problems.join()).toMatch(/翼.*1 member\(s\), the slogan says 2/);
    expect(session.checkFrame(seed, frame([[a], [b, 'no-such-feature']])).problems.join()).toMatch(/unknown feature «no-such-feature»/);
    // Without a numbered slogan a group is counted by its members.
    expect(frameRecord(draft({ asFrame: true, nameZh: '城市群', groups: [{ label: '城市', labelEn: '', count: 0, members: [a, b] }] })).groups[0].count).toBe(2);
  });

  it('makes ids kebab and unique', () => {
    expect(draftId('Fen River  Belt!', new Set())).toBe('fen-river-belt');
    expect(draftId('Fen River Belt', new Set(['fen-river-belt', 'fen-river-belt-2']))).toBe('fen-river-belt-3');
  });
});

/** The lines between the common head and the common tail of two texts: what a diff shows changed. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const [a, b] = [after.split('\n'), before.split('\n')];
  let head = 0;
  while (a[head] === b[head]) head++;
  let tail = 0;
  while (tail < Math.min(a.length, b.length) - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: b.slice(head, b.length - tail), added: a.slice(head, a.length - tail) };
}

describe('authoring: a saved record is the diff alone', () => {
  it('adds a citation to a record where its citations end, formatted as the files are', () => {
    for (const f of files) {
      const before = readFileSync(`data/catalogue/${f.name}`, 'utf8');
      const record = f.content.features!.at(-1)!;
      const citation = { seed, quote: '带“引号”和\\的引文', gloss: 'a "gloss"' };
      const after = withCitation(before, record.id, citation);
      const parsed = JSON.parse(after);
      expect(parsed.features.at(-1)).toEqual({ ...record, citations: [...record.citations, citation] });
      expect(parsed.features.slice(0, -1)).toEqual(f.content.features!.slice(0, -1));
      // The diff: the citation's lines and the comma after the one before it.
      const { removed, added } = changedLines(before, after);
      expect(removed.length).toBeLessThanOrEqual(1);
      expect(added.length).toBeLessThanOrEqual(JSON.stringify(citation, null, 1).split('\n').length + 1);
      expect(after.split('\n').length - before.split('\n').length).toBe(JSON.stringify(citation, null, 1).split('\n').length);
    }
    expect(() => withCitation('{\n "features": []\n}', 'x', {})).toThrow(/x/);
  });

  it('keeps each file\'s indentation', () => {
    const two = withRecord('{\n  "seed": "x",\n  "features": [\n    {\n      "id": "a"\n    }\n  ]\n}\n', { id: 'b' });
    expect(two).toBe('{\n  "seed": "x",\n  "features": [\n    {\n      "id": "a"\n    },\n    {\n      "id": "b"\n    }\n  ]\n}\n');
  });

  it('adds the record at the end of features, formatted as the files are', () => {
    for (const f of files) {
      const path = `data/catalogue/${f.name}`;
      const before = readFileSync(path, 'utf8');
      const record = { ...draftRecord(draft()), provenance: [{ basis: 'quoted', note: { zh: '注', en: 'note' } }] };
      const after = withRecord(before, record);
      const parsed = JSON.parse(after);
      expect(parsed.features.at(-1)).toEqual(record);
      expect(parsed.features.slice(0, -1)).toEqual(f.content.features);
      // The diff is the record's lines and the comma after the record before it.
      const { removed, added } = changedLines(before, after);
      expect(removed.length).toBeLessThanOrEqual(1);
      expect(added.join('\n')).toContain(`"id": "${record.id}"`);
      expect(after).toContain('"note": { "zh": "注", "en": "note" }');
    }
  });
});
