// The "what applies here" sheet of a place dossier and of a frame, on a toy catalogue: rows grouped by
// plan (newest first) or by frame group, each citing its shortest quote as a footnote, a shared quote once.
import { describe, expect, it } from 'vitest';
import { subjectSheet } from '../../../src/features/export/subject-sheet';
import { initialAtlasState, type AtlasState, type Catalogue } from '../../../src/store/atlas-store';
import type { AtlasFeature, PlanFrame, ResolvedCitation } from '../../../src/lib/catalogue/catalogue-types';
import type { PlanSummary } from '../../../src/data/load-data';

const feature = (id: string, seed: string, frames: AtlasFeature['properties']['frames'] = []): AtlasFeature => ({
  type: 'Feature', geometry: null,
  properties: { id, name: { zh: `名${id}`, en: `Name ${id}` }, kind: 'core', frames, seeds: [seed], schematic: false, recipe: 'union' },
});
const cite = (seed: string, quote: string): ResolvedCitation => ({ seed, quote, paragraphId: 'p1', start: 0, end: quote.length, headingPath: [], lines: [1, 1] } as ResolvedCitation);
const frame = {
  id: 'fr', seed: 'new', name: { zh: '一核一带', en: 'One core, one belt' }, citations: [cite('new', '一核一带')], provenance: [],
  groups: [{ label: '核', labelEn: 'Core', count: 1, members: ['a'] }, { label: '带', labelEn: 'Belt', count: 1, members: ['b'] }],
} as unknown as PlanFrame;
const catalogue: Catalogue = {
  features: { type: 'FeatureCollection', features: [feature('a', 'new', [{ frame: 'fr', label: '核', labelEn: 'Core' }]), feature('b', 'new', [{ frame: 'fr', label: '带', labelEn: 'Belt' }]), feature('c', 'old')] },
  frames: [frame],
};
const plans = [
  { id: 'old', order: 1, year: '2013', shortTitle: { zh: '旧规划', en: 'Old plan' }, colour: '#111111' },
  { id: 'new', order: 2, year: '2022', shortTitle: { zh: '新规划', en: 'New plan' }, colour: '#222222' },
] as PlanSummary[];
const details = {
  a: { citations: [cite('new', '甲的很长的一句引文'), cite('new', '甲短')] },
  b: { citations: [cite('new', '甲短')] },
  c: { citations: [cite('old', '丙')] },
} as unknown as AtlasState['details'];
const state = (subject: AtlasState['subject'], extra: Partial<AtlasState> = {}): AtlasState => ({ ...initialAtlasState, catalogue, details, subject, ...extra });

describe('subjectSheet', () => {
  it('a place: its structures by plan, newest first, by frame with roles and relations, quotes as footnotes', () => {
    const entry = { links: [{ f: 'c', r: 'names' as const }, { f: 'a', r: 'covers' as const, s: 0.8 }, { f: 'b', r: 'crosses' as const }], text: [] };
    const sheet = subjectSheet(state({ kind: 'place', id: '140100' }, { placeEntry: { id: '140100', entry } }), plans, { zh: '太原市', en: 'Taiyuan' })!;
    expect(sheet.subtitle).toContain('太原市');
    expect(sheet.sections.map((s) => s.heading)).toEqual(['新规划（2022） · 2 个要素', '旧规划（2013） · 1 个要素']);
    const [a, b] = sheet.sections[0].rows;
    expect(a.detail).toContain('一核一带 · 核');
    expect(a.detail).toContain('覆盖（推导）');
    // The shortest quote, and one footnote for a quote two rows share.
    expect(sheet.notes[a.note! - 1].quote).toBe('甲短');
    expect(b.note).toBe(a.note);
    expect(sheet.sections[1].rows[0].detail).toContain('原文点名');
    expect(sheet.sections[1].rows[0].detail).not.toContain('推导');
    expect(sheet.notes.map((n) => n.quote)).toEqual(['甲短', '丙']);
  });

  it('a place whose index has not loaded has no sheet yet; a feature never has one', () => {
    expect(subjectSheet(state({ kind: 'place', id: '140100' }), plans)).toBeNull();
    expect(subjectSheet(state({ kind: 'feature', id: 'a' }), plans)).toBeNull();
  });

  it('a frame: its defining quote first, then its groups with their parts, in English too', () => {
    const sheet = subjectSheet(state({ kind: 'frame', id: 'fr' }, { lang: 'en' }), plans)!;
    expect(sheet.subtitle).toBe('One core, one belt · New plan (2022)');
    expect(sheet.subtitleNotes).toEqual([1]);
    expect(sheet.sections.map((s) => s.heading)).toEqual(['Core · count stated 1', 'Belt · count stated 1']);
    expect(sheet.sections[0].rows).toEqual([{ id: 'a', name: 'Name a', detail: expect.any(String), note: 2 }]);
    expect(sheet.notes.map((n) => n.quote)).toEqual(['一核一带', '甲短']);
  });
});
