import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { validateGlossary } from '../../../src/lib/glossary/validate-glossary';
import { byLength, termRuns } from '../../../src/lib/glossary/term-runs';
import { normalizeQuote } from '../../../src/lib/citations/normalize-quote';
import { seedIds } from '../plans/registry-data';

const raw = JSON.parse(readFileSync('data/glossary.json', 'utf8')) as unknown;

describe('the glossary', () => {
  const { glossary, errors } = validateGlossary(raw);

  it('passes its check: each term once, zh and en definitions, all marked as our explanation', () => {
    expect(errors).toEqual([]);
    expect(glossary!.terms.length).toBeGreaterThanOrEqual(40);
    for (const t of glossary!.terms) expect(t.basis).toBe('explanation');
  });

  it('explains only terms that occur in the plans or the catalogue', () => {
    const plans = seedIds.map((id) => normalizeQuote(readFileSync(`seeds/${id}.txt`, 'utf8'))).join('\n');
    const catalogue = readdirSync('data/catalogue').filter((f) => f.endsWith('.json')).map((f) => readFileSync(`data/catalogue/${f}`, 'utf8')).join('\n');
    const missing = glossary!.terms.map((t) => t.term).filter((term) => !plans.includes(term) && !catalogue.includes(term));
    expect(missing).toEqual([]);
  });

  it('names each problem with its term', () => {
    const bad = { about: { zh: 'a', en: 'b' }, terms: [{ term: 'X', en: 'x', basis: 'quoted', definition: { zh: 'd' } }, { term: 'X', en: 'x', basis: 'explanation', definition: { zh: 'd', en: 'e' } }] };
    expect(validateGlossary(bad).errors).toEqual([
      'glossary: X: basis: expected "explanation" (definitions are ours, not plan text)',
      'glossary: X: definition: expected { "zh", "en" }',
      'glossary: X: listed twice',
    ]);
  });
});

describe('marking terms in a text', () => {
  const terms = byLength(['中心城市', '区域中心城市', '都市圈', '城市群']);
  it('marks the first occurrence of each term, the longest first, never overlapping', () => {
    expect(termRuns('打造区域中心城市和中心城市，建设都市圈，都市圈', terms)).toEqual([
      { text: '打造' }, { text: '区域中心城市', term: '区域中心城市' }, { text: '和' }, { text: '中心城市', term: '中心城市' },
      { text: '，建设' }, { text: '都市圈', term: '都市圈' }, { text: '，都市圈' },
    ]);
  });
  it('skips terms marked earlier in the same passage, and keeps a text without terms whole', () => {
    const skip = new Set(['城市群']);
    expect(termRuns('城市群', terms, skip)).toEqual([{ text: '城市群' }]);
    expect(termRuns('', terms)).toEqual([{ text: '' }]);
    termRuns('都市圈', terms, skip);
    expect(skip.has('都市圈')).toBe(true);
  });
});
