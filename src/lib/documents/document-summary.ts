// The short English title and year span the UI shows for each plan (public/data/documents/index.json).
import type { DocumentSummary, PlanDocument } from './document-types';
import { SEED_PROFILES } from './seed-profiles';

export function documentSummary(doc: PlanDocument): DocumentSummary {
  const profile = SEED_PROFILES[doc.id];
  if (!profile) throw new Error(`No seed profile for ${doc.id}`);
  return {
    id: doc.id,
    title: doc.title.text,
    titleInferred: doc.title.inferred,
    shortTitleEn: profile.shortTitleEn,
    years: profile.years,
    year: profile.year,
  };
}

/** Seed stem → short English title and years, without parsing the seed. */
export const PLAN_LABELS: Record<string, { shortTitleEn: string; years: [number, number]; year: number }> =
  Object.fromEntries(
    Object.entries(SEED_PROFILES).map(([id, p]) => [id, { shortTitleEn: p.shortTitleEn, years: p.years, year: p.year }]),
  );
