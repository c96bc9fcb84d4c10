// A feature drafted in the authoring mode and the catalogue record it becomes (data/catalogue/SCHEMA.md).
// Whether the record is good is the build's own business (scripts/author/author-draft.ts): nothing is checked here.
import type { Basis } from '../catalogue/catalogue-types';
import type { InputFeature } from '../catalogue/catalogue-input';

export interface FeatureDraft {
  seed: string;
  quote: string;
  gloss: string;
  id: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  basis: Basis;
  schematic: boolean;
  /** Recipe names of the counties (or prefectures) whose union is the shape. */
  units: string[];
  unitKind: 'counties' | 'prefectures';
}

export const BASES: Basis[] = ['quoted', 'derived', 'external'];

/** A kebab-case slug of `text` (latin letters and digits), made unique against `taken` with -2, -3, … */
export function draftId(text: string, taken: ReadonlySet<string>): string {
  const base = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'feature';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The catalogue record, keys in the files' order; empty names stay empty so the build names the problem. */
export function draftRecord(d: FeatureDraft): InputFeature {
  return {
    id: d.id,
    name: { zh: d.nameZh.trim(), en: d.nameEn.trim() },
    kind: d.kind,
    citations: [{ seed: d.seed, quote: d.quote, ...(d.gloss.trim() ? { gloss: d.gloss.trim() } : {}) }],
    geometry: d.unitKind === 'counties' ? { type: 'counties', names: d.units } : { type: 'prefectures', names: d.units },
    provenance: [{ basis: d.basis }],
    ...(d.schematic ? { schematic: true } : {}),
  };
}
