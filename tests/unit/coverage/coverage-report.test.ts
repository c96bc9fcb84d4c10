import { describe, expect, it } from 'vitest';
import { buildCoverageReport, unexplained } from '../../../src/lib/coverage/coverage-report';
import { buildLexicon } from '../../../src/lib/coverage/mention-lexicon';
import type { PlanDocument } from '../../../src/lib/documents/document-types';
import { buildFromRepo } from '../../../scripts/coverage/build-from-repo';
import { seedIds } from '../plans/registry-data';

const doc: PlanDocument = {
  id: 'doc',
  title: { text: '示例规划', inferred: false },
  metadata: {},
  removed: [],
  headings: [
    { id: 'h000', kind: 'chapter', level: 1, text: '第一章 格局', number: '第一章', paragraphIndex: 0, lines: [1, 1] },
    { id: 'h001', kind: 'chapter', level: 1, text: '第二章 设施', number: '第二章', paragraphIndex: 1, lines: [3, 3] },
  ],
  paragraphs: [
    { id: 'p0000', text: '打造汾河谷地城镇带，支持太原发展。', headingPath: ['h000'], lines: [2, 2] },
    { id: 'p0001', text: '建设一批产业园区，完善武宿国际机场功能，推进云冈机场建设。', headingPath: ['h001'], lines: [4, 4] },
  ],
};
const lexicon = buildLexicon({ prefectures: ['太原市'], counties: [], rivers: ['汾河'], mountains: [] });
const features = [
  { id: 'fenhe-belt', name: { zh: '汾河谷地城镇带' }, citations: [{ seed: 'doc', paragraphId: 'p0000', start: 2, end: 9 }] },
  { id: 'wusu-airport', name: { zh: '太原武宿国际机场' }, citations: [] },
  // A descriptive name (the catalogue's wording) that reads like a mention in the text: counted, maps nothing.
  { id: 'yungang-described', name: { zh: '云冈机场' }, descriptiveName: true, citations: [{ seed: 'doc', paragraphId: 'p0000', start: 0, end: 2 }] },
];

describe('buildCoverageReport', () => {
  const report = buildCoverageReport({
    documents: [doc],
    features,
    lexicon,
    reasons: [
      { reason: 'administrative unit only, shown on basemap', kinds: ['prefecture'] },
      { reason: 'generic, no specific place', mentions: ['产业园区'] },
      { reason: 'short name', mentions: ['武宿国际机场'], feature: 'wusu-airport' },
      { reason: 'never used', mentions: ['不存在'] },
    ],
  });
  const [plan] = report.plans;

  it('counts features, descriptive names and mentions per plan and chapter', () => {
    expect(plan.featureIds).toEqual(['fenhe-belt', 'yungang-described']);
    expect(plan.descriptiveNames).toEqual(['yungang-described']);
    expect(plan.chapters.map((c) => [c.title, c.featureIds, c.descriptiveNames, c.mapped, c.unmapped.length])).toEqual([
      ['第一章 格局', ['fenhe-belt', 'yungang-described'], ['yungang-described'], 1, 1],
      ['第二章 设施', [], [], 1, 2],
    ]);
    expect(plan.mentions).toEqual({ mapped: 2, unmapped: 3, unexplained: 1 });
  });

  it('maps a mention covered by a citation, or named by an alias rule', () => {
    expect(plan.chapters[0].unmapped.map((u) => u.text)).toEqual(['太原']);
    expect(plan.chapters[1].unmapped.map((u) => u.text)).not.toContain('武宿国际机场');
  });

  it('gives each unmapped mention its reason and lists the unexplained ones', () => {
    expect(plan.chapters[0].unmapped[0].reason).toBe('administrative unit only, shown on basemap');
    expect(unexplained(report).map((u) => [u.seed, u.paragraphId, u.text])).toEqual([['doc', 'p0001', '云冈机场']]);
    expect(report.unusedRules).toEqual(['mentions 不存在']);
  });
});

describe('the real coverage report', () => {
  const { coverage } = buildFromRepo();

  it('has no unexplained unmapped mention and no stale reason', () => {
    expect(unexplained(coverage).map((u) => `${u.seed} ${u.paragraphId} ${u.text}`)).toEqual([]);
    expect(coverage.unusedRules).toEqual([]);
  });

  it('counts the descriptive names of each plan', () => {
    const total = coverage.plans.reduce((n, p) => n + p.descriptiveNames.length, 0);
    expect(total).toBeGreaterThan(0);
    for (const plan of coverage.plans) expect(plan.descriptiveNames.every((id) => plan.featureIds.includes(id))).toBe(true);
  });

  it('covers every registered plan, every chapter listed', () => {
    expect(coverage.plans.map((p) => p.seed).sort()).toEqual([...seedIds].sort());
    for (const plan of coverage.plans) {
      expect(plan.featureIds.length).toBeGreaterThan(0);
      expect(plan.mentions.mapped).toBeGreaterThan(0);
      expect(plan.chapters.length).toBeGreaterThan(1);
    }
  });
});
