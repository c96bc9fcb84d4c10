// Data check: every quote in data/catalogue has an English gloss and every frame group an English label,
// so a new plan's authors add them with its records; notes in both languages stay above a floor.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogueFile } from '../../../src/lib/catalogue/catalogue-input';
import { translationGaps } from '../../../src/lib/catalogue/translation-gaps';

const DIR = 'data/catalogue';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, gaps: translationGaps(JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as CatalogueFile) }));

/** Share of notes given in both languages: all of them (a note added in English only fails, naming it). */
const NOTE_FLOOR = 1;

describe('catalogue translations', () => {
  it.each(files.map((f) => [f.name, f.gaps] as const))('%s: every citation has a gloss (an English rendering of the quote)', (name, gaps) => {
    expect(gaps.missingGloss, `${DIR}/${name}: add "gloss" (a short faithful English rendering) to these citations`).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f.gaps] as const))('%s: every frame group has an English label', (name, gaps) => {
    expect(gaps.missingGroupLabel, `${DIR}/${name}: add "labelEn" to these frame groups`).toEqual([]);
  });

  it(`notes in both languages (note: { zh, en }) cover at least ${NOTE_FLOOR * 100} % of notes`, () => {
    const total = files.reduce((n, f) => n + f.gaps.notes, 0);
    const missing = files.flatMap((f) => f.gaps.notBilingualNote.map((m) => `${f.name} ${m}`));
    expect(total).toBeGreaterThan(0);
    expect((total - missing.length) / total, `notes still English-only, e.g.:\n${missing.slice(0, 10).join('\n')}`).toBeGreaterThanOrEqual(NOTE_FLOOR);
  });
});
