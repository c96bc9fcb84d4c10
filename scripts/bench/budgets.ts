// The performance budgets of issue 8, checked against the measured figures. A budget has a ceiling
// (`max`: sizes, times, ratios) or a floor (`min`: Lighthouse scores).

export interface Budget { metric: string; max?: number; min?: number; unit: string }

export const BUDGETS: Budget[] = [
  { metric: 'firstViewJsKB', max: 540, unit: 'KB gzip' },
  { metric: 'firstViewDataKB', max: 150, unit: 'KB gzip' },
  { metric: 'mapFontsFirstViewKB', max: 60, unit: 'KB' },
  { metric: 'mapFontsFirstViewFiles', max: 4, unit: 'files' },
  { metric: 'mapFontsKB', max: 120, unit: 'KB' },
  { metric: 'mapIdleRatioVsBare', max: 1.2, unit: '×' },
  { metric: 'selectP95Ms', max: 50, unit: 'ms' },
  { metric: 'searchP95Ms', max: 16, unit: 'ms' },
  // Issue 13: a place dossier from search, the map drawn; what its first opening fetches on demand.
  { metric: 'placeDossierP95Ms', max: 50, unit: 'ms' },
  { metric: 'placeDossierOnDemandKB', max: 40, unit: 'KB gzip' },
  { metric: 'firstTapToQuoteMs', max: 1000, unit: 'ms' },
  { metric: 'coldPickToQuoteMs', max: 300, unit: 'ms' },
  { metric: 'coldPickToQuoteMobileMs', max: 600, unit: 'ms' },
  { metric: 'lighthouseMobilePerformance', min: 90, unit: 'score' },
  { metric: 'lighthouseMobileAccessibility', min: 100, unit: 'score' },
  { metric: 'lighthouseMobileBestPractices', min: 100, unit: 'score' },
  { metric: 'lighthouseDesktopPerformance', min: 98, unit: 'score' },
];

export interface BudgetResult extends Budget { value: number | null; pass: boolean | null }

/** A budget whose figure is null (not measured) neither passes nor fails. */
export function checkBudgets(figures: Record<string, number | null | undefined>): BudgetResult[] {
  return BUDGETS.map((b) => {
    const value = figures[b.metric] ?? null;
    const pass = value === null ? null : (b.max === undefined || value <= b.max) && (b.min === undefined || value >= b.min);
    return { ...b, value, pass };
  });
}

/** "≤ 540 KB gzip" or "≥ 90 score". */
export const budgetText = (b: Budget): string => (b.max !== undefined ? `≤ ${b.max}` : `≥ ${b.min}`) + ` ${b.unit}`;
