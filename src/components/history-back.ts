// The history entries the app makes (hash-sync) carry their kind and the hash behind them, so a
// "back to the map" or "leave" button can be Back when Back leads exactly there, instead of
// adding an entry that Back would undo into the state just left.
import { parseHash, type HashState } from '../lib/url/hash-state';
import type { HistoryKind } from '../lib/url/history-step';

export interface AtlasHistoryState { atlasKind: HistoryKind; atlasPrev: string }

/** The current entry's record, when the app made it. */
export function entryState(): AtlasHistoryState | null {
  const s: unknown = history.state;
  if (!s || typeof s !== 'object') return null;
  const { atlasKind, atlasPrev } = s as Partial<AtlasHistoryState>;
  return typeof atlasKind === 'string' && typeof atlasPrev === 'string' ? { atlasKind, atlasPrev } : null;
}

/** Goes Back when the entry behind this one was made by the app and passes `test`; says whether it did. */
export function backIfPrevious(test: (previous: HashState) => boolean): boolean {
  const here = entryState();
  if (!here || !test(parseHash(here.atlasPrev))) return false;
  history.back();
  return true;
}
