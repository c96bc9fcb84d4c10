import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import type { ResolvedCitation } from '../../lib/catalogue/catalogue-types';
import { withYear } from '../../lib/i18n/plan-title';
import { headingPathLabel } from '../../lib/documents/heading-label';
import { tp } from './panel-strings';
import { LocalText } from '../../components/LocalText';
import type { PlanSummary } from '../../data/load-data';

/** One citing passage: the verbatim quote, where it sits in its plan, and a link into the reader. */
export function CitationQuote({ citation, plan }: { citation: ResolvedCitation; plan?: PlanSummary }) {
  const lang = useAtlasStore((s) => s.lang);
  const openReader = useAtlasStore((s) => s.openReader);
  const where = headingPathLabel(citation.headingPath, lang);
  return (
    <figure className="citation">
      <figcaption>
        <span className="plan-dot" style={{ background: plan?.colour ?? '#777' }} aria-hidden="true" />
        {plan ? withYear(plan.shortTitle[lang], plan.year, lang) : citation.seed}
        {where && <span className="heading-path" lang={lang === 'zh' ? 'zh-CN' : undefined}> · {where}</span>}
      </figcaption>
      <blockquote lang="zh-CN" data-seed={citation.seed}>{citation.quote}</blockquote>
      {citation.gloss && lang === 'en' && <p className="gloss"><span className="gloss-tag">{tp(lang, 'translation')}</span> <LocalText text={citation.gloss} lang={lang} /></p>}
      <button type="button" className="link-button" onClick={() => openReader({ doc: citation.seed, paragraph: citation.paragraphId, quote: citation.quote })}>
        {t(lang, 'openInDocument')} →
      </button>
    </figure>
  );
}
