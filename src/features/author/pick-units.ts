// What the picks on the map (county or prefecture codes, in the order picked) name in a draft's shape.
import type { DraftShape } from '../../lib/authoring/draft-feature';
import type { PickNames } from './use-pick-names';

/** The recipe names of a union shape's picks (prefectures once each, in the order first picked). */
export function unionNames(shape: DraftShape, picks: string[], names: PickNames): string[] {
  const named = picks.map((code) => (shape === 'prefectures' ? names.prefecture(code) : names.county(code)) ?? code);
  return [...new Set(named)];
}

/** A place shape's list after the picks changed from `before` to `after`: seats added at the end, removed where they were. */
export function followPicks(units: string[], before: string[], after: string[], names: PickNames): string[] {
  const removed = new Set(before.filter((c) => !after.includes(c)).map((c) => names.county(c)));
  const added = after.filter((c) => !before.includes(c)).map((c) => names.county(c)).filter((n): n is string => !!n);
  return [...units.filter((u) => !removed.has(u)), ...added];
}
