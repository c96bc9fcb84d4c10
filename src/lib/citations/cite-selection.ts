// A passage selected in the reader as a citation, by the build's own rule (resolve-citation): the quote as
// selected when the plan has it once; when it has it several times, with the shortest prefix (the text just
// before the selection in its paragraph) that makes it unique; otherwise the reason it cannot be cited. Pure.
import type { PlanDocument } from '../documents/document-types';
import { normalizeQuote } from './normalize-quote';
import { tryResolveCitation } from './resolve-citation';

export type SelectedCitation =
  | { ok: true; quote: string; prefix?: string; paragraphId?: string; headingPath: string[] }
  | { ok: false; problem: string };

/** The longest prefix tried: beyond it the selection should simply be longer. */
const MAX_PREFIX = 40;

/** `selected` is the selection's text; `before` the text of its paragraph before it. */
export function citeSelection(doc: PlanDocument, selected: string, before: string): SelectedCitation {
  const quote = selected.trim();
  const first = tryResolveCitation(doc, { seed: doc.id, quote });
  if (first.ok) return { ok: true, quote, paragraphId: first.paragraphId, headingPath: first.headingPath };
  if (first.reason !== 'ambiguous') return { ok: false, problem: first.message };
  const text = normalizeQuote(before);
  for (let n = 1; n <= Math.min(MAX_PREFIX, text.length); n++) {
    const prefix = text.slice(-n);
    const hit = tryResolveCitation(doc, { seed: doc.id, quote, prefix });
    if (hit.ok) return { ok: true, quote, prefix, paragraphId: hit.paragraphId, headingPath: hit.headingPath };
  }
  return { ok: false, problem: first.message };
}
