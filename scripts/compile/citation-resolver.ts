// Resolves catalogue citations against the parsed plans; errors name the item and the quote.
import type { PlanDocument } from '../../src/lib/documents/document-types';
import { resolveCitation } from '../../src/lib/citations/resolve-citation';
import { normalizeQuote } from '../../src/lib/citations/normalize-quote';
import type { CitationResolver } from '../../src/lib/catalogue/build-catalogue';


export function documentCitationResolver(documents: PlanDocument[]): CitationResolver {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return (citation, itemId) => {
    const doc = byId.get(citation.seed);
    if (!doc) throw new Error(`${itemId}: quote «${citation.quote}» cites unknown document «${citation.seed}»`);
    const quote = normalizeQuote(citation.quote);
    const location = resolveCitation(doc, { ...citation, quote }, itemId);
    return { seed: citation.seed, quote, ...location };
  };
}
