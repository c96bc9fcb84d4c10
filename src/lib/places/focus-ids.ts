// While a place dossier is open the map draws the place's own structures and nothing else: the features
// its index entry links (any relation). Null when no place is open (the layers decide). Pure.
import type { PlaceIndexEntry } from './place-index-types';

export function focusIds(s: { subject: { kind: string; id: string } | null; placeEntry: { id: string; entry: PlaceIndexEntry } | null }): string[] | null {
  if (s.subject?.kind !== 'place' || s.placeEntry?.id !== s.subject.id) return null;
  return s.placeEntry.entry.links.map((l) => l.f);
}
