// How a change of the URL state enters the browser history: a state the user reaches on purpose (a
// selection, the reader, a panel, compare, presenting, a layer set) is a new entry that Back undoes;
// a map move, the compare divider or the language only rewrite the current entry. Repeated changes of
// one kind in a row (ticking layers, the reader's paragraphs, the compared pair, switching panels)
// stay one entry, so one Back undoes them together.
import type { HashState } from './hash-state';

export type HistoryKind = 'feature' | 'reader' | 'panel' | 'layers' | 'compare' | 'present';

export type HistoryStep = { push: true; kind: HistoryKind } | { push: false };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** No basemap group switched off is written as nothing. */
const offList = (off?: string[]) => (off?.length ? off : undefined);

/** `current` is the kind of change that made the entry the browser is on (none for the first). */
export function historyStep(prev: HashState, next: HashState, current: HistoryKind | undefined): HistoryStep {
  const push = (kind: HistoryKind): HistoryStep => ({ push: true, kind });
  const merge = (kind: HistoryKind): HistoryStep => (current === kind ? { push: false } : push(kind));
  if (!prev.present !== !next.present) return push('present');
  if (next.present) return { push: false }; // the tour's steps
  if (!prev.compare !== !next.compare) return push('compare');
  if (prev.compare && next.compare) {
    return prev.compare.a === next.compare.a && prev.compare.b === next.compare.b ? { push: false } : merge('compare');
  }
  // A selection: a feature, place, frame or plan (entries of kind 'feature', whichever it is).
  if (prev.feature !== next.feature || prev.place !== next.place || prev.frame !== next.frame || prev.plan !== next.plan) return push('feature');
  if (prev.doc !== next.doc) return push('reader');
  if (prev.paragraph !== next.paragraph) return merge('reader');
  if (prev.panel !== next.panel) return prev.panel && next.panel ? merge('panel') : push('panel');
  if (!same(prev.layers, next.layers) || !same(offList(prev.basemapOff), offList(next.basemapOff))) return merge('layers');
  return { push: false };
}
