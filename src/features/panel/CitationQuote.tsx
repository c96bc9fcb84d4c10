import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import type { ResolvedCitation } from '../../lib/catalogue/catalogue-types';
import type { PlanSummary } from '../../data/load-data';

/** One citing passage: the verbatim quote, where it sits in its plan, and a link into the reader. */
export function CitationQuote({ citation, plan }: { citation: ResolvedCitation; plan?: PlanSummary }) {
  const lang = useAtlasStore((s) => s.lang);
  const openReader = useAtlasStore((s) => s.openReader);
  return (
    <figure className="citation">
      <figcaption>
        <span className="plan-dot" style={{ background: plan?.colour ?? '#777' }} aria-hidden="true" />
        {plan ? `${plan.shortTitle[lang]}（${plan.year}）` : citation.seed}
        {citation.headingPath.length > 0 && <span className="heading-path"> · {citation.headingPath.join(' › ')}</span>}
      </figcaption>
      <blockquote lang="zh-CN" data-seed={citation.seed}>{citation.quote}</blockquote>
      {citation.gloss && <p className="gloss" lang="en">{citation.gloss}</p>}
      <button type="button" className="link-button" onClick={() => openReader({ doc: citation.seed, paragraph: citation.paragraphId, quote: citation.quote })}>
        {t(lang, 'openInDocument')} →
      </button>
    </figure>
  );
}
