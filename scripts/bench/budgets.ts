// The performance budgets of issue 8, checked against the measured figures.

export interface Budget { metric: string; max: number; unit: string }

export const BUDGETS: Budget[] = [
  { metric: 'firstViewJsKB', max: 540, unit: 'KB gzip' },
  { metric: 'firstViewDataKB', max: 150, unit: 'KB gzip' },
  { metric: 'mapIdleRatioVsBare', max: 1.2, unit: '×' },
  { metric: 'selectP95Ms', max: 50, unit: 'ms' },
  { metric: 'searchP95Ms', max: 16, unit: 'ms' },
];

export interface BudgetResult extends Budget { value: number | null; pass: boolean | null }

/** A budget whose figure is null (not measured) neither passes nor fails. */
export function checkBudgets(figures: Record<string, number | null | undefined>): BudgetResult[] {
  return BUDGETS.map((b) => {
    const value = figures[b.metric] ?? null;
    return { ...b, value, pass: value === null ? null : value <= b.max };
  });
}
