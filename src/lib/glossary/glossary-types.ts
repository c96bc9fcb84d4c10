// The glossary (data/glossary.json, compiled to public/data/glossary.json): planning terms a reader meets in
// the plans, each explained in our words (basis `explanation`: never plan text), with the public basis of its facts.
import type { Names } from '../catalogue/catalogue-types';

export interface GlossaryTerm {
  /** The term as the plans write it; marked where it occurs. */
  term: string;
  /** Its English name. */
  en: string;
  /** `explanation`: a definition we wrote, not a quote from a plan. */
  basis: 'explanation';
  definition: Names;
  /** The public document the facts rest on, when there is one. */
  source?: Names;
}

export interface Glossary {
  /** What the definitions are (ours, not plan text), shown with them. */
  about: Names;
  terms: GlossaryTerm[];
}
