// The relations a place dossier lists and their thresholds, apart from the geometry that computes them
// (place-relations.ts), so the panel can explain them without loading the geometry code.

/** A polygon holding at least this share of a place's area (or its seat) covers it. */
export const COVER_SHARE = 0.5;
/** Below COVER_SHARE, at least this share (seat outside) overlaps it. */
export const OVERLAP_SHARE = 0.05;

export type PlaceRelation = 'covers' | 'overlaps' | 'crosses' | 'contains' | 'names';
/** Relations read from the map's geometry (derived); `names` is read from the quotes. */
export const DERIVED_RELATIONS: ReadonlySet<PlaceRelation> = new Set(['covers', 'overlaps', 'crosses', 'contains']);
