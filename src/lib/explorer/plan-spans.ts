// A plan's period for the timeline, from its `year` field ("2022–2035", "2019", "2013—2015").
export interface PlanSpan { start: number; end: number }

/** Start and end years, inclusive; a single year spans that year. Null when no year is found. */
export function planSpan(year: string): PlanSpan | null {
  const years = (year.match(/\d{4}/g) ?? []).map(Number);
  if (!years.length) return null;
  return { start: Math.min(...years), end: Math.max(...years) };
}

/** Plan ids, newest first: by the first year of each plan's period, then its last (undated plans last). */
export function newestFirst(plans: { id: string; year: string }[]): string[] {
  const key = (year: string) => planSpan(year) ?? { start: -Infinity, end: -Infinity };
  return [...plans].sort((a, b) => key(b.year).start - key(a.year).start || key(b.year).end - key(a.year).end).map((p) => p.id);
}
