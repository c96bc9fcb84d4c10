import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../../scripts/bench/stats';
import { budgetText, checkBudgets } from '../../../scripts/bench/budgets';

describe('bench statistics', () => {
  it('interpolates quantiles and takes the median of unsorted samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('bench budgets', () => {
  it('passes figures within budget, fails those over it, and leaves unmeasured ones undecided', () => {
    const results = checkBudgets({ firstViewJsKB: 540, firstViewDataKB: 151, mapIdleRatioVsBare: 1.1, selectP95Ms: 12, searchP95Ms: null });
    const verdict = Object.fromEntries(results.map((r) => [r.metric, r.pass]));
    expect(verdict).toMatchObject({ firstViewJsKB: true, firstViewDataKB: false, mapIdleRatioVsBare: true, selectP95Ms: true, searchP95Ms: null });
  });

  it('budgets the map font: first view in size and files, the zoom-9 browse in size', () => {
    const verdict = Object.fromEntries(checkBudgets({ mapFontsFirstViewKB: 61, mapFontsFirstViewFiles: 4, mapFontsKB: 120 }).map((r) => [r.metric, r.pass]));
    expect(verdict).toMatchObject({ mapFontsFirstViewKB: false, mapFontsFirstViewFiles: true, mapFontsKB: true });
  });

  it('treats Lighthouse scores as floors', () => {
    const results = checkBudgets({ lighthouseMobilePerformance: 90, lighthouseMobileAccessibility: 96, lighthouseDesktopPerformance: 99 });
    const verdict = Object.fromEntries(results.map((r) => [r.metric, r.pass]));
    expect(verdict).toMatchObject({ lighthouseMobilePerformance: true, lighthouseMobileAccessibility: false, lighthouseMobileBestPractices: null, lighthouseDesktopPerformance: true });
    expect(budgetText(results.find((r) => r.metric === 'lighthouseMobilePerformance')!)).toBe('≥ 90 score');
    expect(budgetText(results.find((r) => r.metric === 'firstViewJsKB')!)).toBe('≤ 540 KB gzip');
  });

  it('budgets the first selection: a first tap on the picture, a cold search pick on desktop and phone', () => {
    const results = checkBudgets({ firstTapToQuoteMs: 1001, coldPickToQuoteMs: 300, coldPickToQuoteMobileMs: 550 });
    const verdict = Object.fromEntries(results.map((r) => [r.metric, r.pass]));
    expect(verdict).toMatchObject({ firstTapToQuoteMs: false, coldPickToQuoteMs: true, coldPickToQuoteMobileMs: true });
  });

  it('budgets a place dossier from search: p95 to the list\'s frame, and what its first opening fetches', () => {
    const verdict = Object.fromEntries(checkBudgets({ placeDossierP95Ms: 50.1, placeDossierOnDemandKB: 40 }).map((r) => [r.metric, r.pass]));
    expect(verdict).toMatchObject({ placeDossierP95Ms: false, placeDossierOnDemandKB: true });
  });
});
