// The timeline's axis, from the plans' spans (public/data/plans.json `span`): its first and last
// year and the years it labels. Pure.
export interface PlanSpan { start: number; end: number }

export interface TimelineAxis { first: number; last: number; ticks: number[] }

/** Labels closer than this many years would overlap on the timeline's width. */
const MIN_TICK_GAP = 3;

/** The axis covering every span: its ends labelled, and the round (÷5) years between them that fit. */
export function timelineAxis(spans: PlanSpan[]): TimelineAxis | null {
  if (!spans.length) return null;
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  const ticks = [first];
  for (let year = Math.ceil((first + 1) / 5) * 5; year < last; year += 5) {
    if (year - ticks.at(-1)! >= MIN_TICK_GAP && last - year >= MIN_TICK_GAP) ticks.push(year);
  }
  if (last !== first) ticks.push(last);
  return { first, last, ticks };
}

/** Plan ids, newest first (the registry's time order, reversed). */
export function newestFirst(plans: { id: string; order: number }[]): string[] {
  return [...plans].sort((a, b) => b.order - a.order).map((p) => p.id);
}
