// The phone bottom sheet's three states and how a drag or a tap moves between them.
export type SheetState = 'peek' | 'half' | 'full';
export const SHEET_STATES: SheetState[] = ['peek', 'half', 'full'];

/** Peek shows the title only; half leaves more than half of the map visible; full covers the map. */
export const PEEK_PX = 96;
export const HALF_SHARE = 0.45;

export function sheetHeights(stageHeight: number): Record<SheetState, number> {
  return { peek: PEEK_PX, half: Math.round(stageHeight * HALF_SHARE), full: stageHeight };
}

/** A tap on the handle: peek → half → full → half. */
export function nextOnTap(state: SheetState): SheetState {
  return state === 'peek' ? 'half' : state === 'half' ? 'full' : 'half';
}

/** One step up or down (arrow keys), clamped. */
export function step(state: SheetState, by: 1 | -1): SheetState {
  const i = SHEET_STATES.indexOf(state) + by;
  return SHEET_STATES[Math.max(0, Math.min(SHEET_STATES.length - 1, i))]!;
}

/**
 * Where a drag ends: a flick (≥ 0.5 px/ms) goes one state in its direction; otherwise the state
 * whose height is nearest to where the finger let go.
 */
export function snapAfterDrag(from: SheetState, height: number, velocityUp: number, stageHeight: number): SheetState {
  if (Math.abs(velocityUp) >= 0.5) return step(from, velocityUp > 0 ? 1 : -1);
  const h = sheetHeights(stageHeight);
  return SHEET_STATES.reduce((best, s) => (Math.abs(h[s] - height) < Math.abs(h[best] - height) ? s : best), from);
}
