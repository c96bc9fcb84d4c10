// A feature drafted in the authoring mode and the catalogue record it becomes (data/catalogue/SCHEMA.md).
// Whether the record is good is the build's own business (scripts/author/author-draft.ts): nothing is checked here.
import type { Basis } from '../catalogue/catalogue-types';
import type { InputCitation, InputFeature } from '../catalogue/catalogue-input';
import type { Recipe } from '../geo/recipes';
import type { SloganCount } from '../catalogue/slogan-numerals';

/** How a draft's shape is made: a union of picked units, a river of the basemap, or a line, corridor, band or
 *  point(s) through seats and places (data/catalogue/SCHEMA.md recipes of the same names). */
export type DraftShape = 'counties' | 'prefectures' | 'river' | 'line' | 'corridor' | 'band' | 'point';

export const DRAFT_SHAPES: DraftShape[] = ['counties', 'prefectures', 'river', 'line', 'corridor', 'band', 'point'];

/** Shapes made from places picked on the map, in the order picked. */
export const PLACE_SHAPES: ReadonlySet<DraftShape> = new Set(['line', 'corridor', 'band', 'point']);

/** Shapes with a width. */
export const WIDE_SHAPES: ReadonlySet<DraftShape> = new Set(['corridor', 'band']);

/** A group of a frame draft: its label, the count its slogan gives, the features put in it. */
export interface FrameGroupDraft { label: string; labelEn: string; count: SloganCount; members: string[] }

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
  /** Recipe names: the counties or prefectures whose union is the shape, or the seats and places a line goes through. */
  units: string[];
  shape: DraftShape;
  /** The basemap river a `river` shape follows. */
  river: string;
  /** A corridor's or band's width. */
  widthKm: number;
  /** The id of an existing feature the passage is cited into ('' for a new feature). */
  addTo: string;
  /** Text before the quote that makes it unique in the plan (citations' `prefix`). */
  prefix?: string;
  /** The headings the quote stands under (shown with it; not part of the record). */
  headingPath?: string[];
  /** The passage names a frame (a layout of features in counted groups) rather than one feature. */
  asFrame: boolean;
  groups: FrameGroupDraft[];
}

export const BASES: Basis[] = ['quoted', 'derived', 'external'];

/** What a draft starts as (and what a draft stored before a field existed takes for it). */
export const DRAFT_DEFAULTS = { units: [] as string[], shape: 'counties' as DraftShape, river: '', widthKm: 20, addTo: '', asFrame: false, groups: [] as FrameGroupDraft[] };

/** A kebab-case slug of `text` (latin letters and digits), made unique against `taken` with -2, -3, … */
export function draftId(text: string, taken: ReadonlySet<string>): string {
  const base = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'feature';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The draft's geometry recipe. */
export function draftRecipe(d: FeatureDraft): Recipe {
  switch (d.shape) {
    case 'prefectures': return { type: 'prefectures', names: d.units };
    case 'river': return { type: 'river', name: d.river };
    case 'line': return { type: 'line', through: d.units };
    case 'corridor': return { type: 'corridor', through: d.units, widthKm: d.widthKm };
    case 'band': return { type: 'band', along: d.units, widthKm: d.widthKm };
    case 'point': return d.units.length === 1 ? { type: 'point', place: d.units[0] } : { type: 'points', places: d.units };
    default: return { type: 'counties', names: d.units };
  }
}

/** The draft's passage as a catalogue citation. */
export function draftCitation(d: FeatureDraft): InputCitation {
  return { seed: d.seed, quote: d.quote, ...(d.prefix ? { prefix: d.prefix } : {}), ...(d.gloss.trim() ? { gloss: d.gloss.trim() } : {}) };
}

/** The catalogue record, keys in the files' order; empty names stay empty so the build names the problem. */
export function draftRecord(d: FeatureDraft): InputFeature {
  return {
    id: d.id,
    name: { zh: d.nameZh.trim(), en: d.nameEn.trim() },
    kind: d.kind,
    citations: [draftCitation(d)],
    geometry: draftRecipe(d),
    provenance: [{ basis: d.basis }],
    ...(d.schematic ? { schematic: true } : {}),
  };
}

/** A draft's shape (and the units a union names) from a suggested recipe: what the authoring panel starts a
 *  candidate's draft from. Recipes it cannot make (routes, external arrows, none) start as an empty union. */
export function shapeFromRecipe(recipe: Recipe | undefined): Pick<FeatureDraft, 'shape' | 'units' | 'river' | 'widthKm'> {
  const base = { ...DRAFT_DEFAULTS, shape: 'counties' as DraftShape };
  switch (recipe?.type) {
    case 'counties': return { ...base, units: recipe.names };
    case 'prefectures': return { ...base, shape: 'prefectures', units: recipe.names };
    case 'river': return { ...base, shape: 'river', river: recipe.name };
    case 'line': return { ...base, shape: 'line', units: recipe.through };
    case 'corridor': return { ...base, shape: 'corridor', units: recipe.through, widthKm: recipe.widthKm };
    case 'band': return { ...base, shape: 'band', units: recipe.along, widthKm: recipe.widthKm };
    case 'point': return { ...base, shape: 'point', units: [recipe.place] };
    case 'points': return { ...base, shape: 'point', units: recipe.places };
    default: return { ...base, units: [] };
  }
}
