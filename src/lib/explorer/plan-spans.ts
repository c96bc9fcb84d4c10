// A plan's period for the timeline, from its `year` field ("2022–2035", "2019", "2013—2015").
export interface PlanSpan { start: number; end: number }

/** Start and end years, inclusive; a single year spans that year. Null when no year is found. */
export function planSpan(year: string): PlanSpan | null {
  const years = (year.match(/\d{4}/g) ?? []).map(Number);
  if (!years.length) return null;
  return { start: Math.min(...years), end: Math.max(...years) };
}
