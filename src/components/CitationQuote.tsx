import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import type { Names, ResolvedCitation } from '../lib/catalogue/catalogue-types';
import { withYear } from '../lib/i18n/plan-title';
import { headingPathLabel } from '../lib/documents/heading-label';
import { defineStrings } from '../lib/i18n/define-strings';
import { LocalText } from './LocalText';
import { GlossaryText } from './GlossaryText';
import './citation-quote.css';

const tq = defineStrings({
  translation: { zh: '译文', en: 'Translation:' },
  aboutPlan: { zh: '查看该规划概况', en: 'About this plan' },
});

/** One citing passage (a feature's or a frame's): the verbatim quote, where it sits in its plan, and a link into the reader. */
export function CitationQuote({ citation, plan }: { citation: ResolvedCitation; plan?: { shortTitle: Names; year: string; colour: string } }) {
  const lang = useAtlasStore((s) => s.lang);
  const openReader = useAtlasStore((s) => s.openReader);
  const showSubject = useAtlasStore((s) => s.showSubject);
  const where = headingPathLabel(citation.headingPath, lang);
  return (
    <figure className="citation">
      <figcaption>
        <span className="plan-dot" style={{ background: plan?.colour ?? 'var(--no-plan)' }} aria-hidden="true" />
        {plan
          ? <button type="button" className="link-button plan-link" title={tq(lang, 'aboutPlan')} onClick={() => showSubject({ kind: 'plan', id: citation.seed })}>{withYear(plan.shortTitle[lang], plan.year, lang)}</button>
          : citation.seed}
        {where && <span className="heading-path" lang={lang === 'zh' ? 'zh-CN' : undefined}> · {where}</span>}
      </figcaption>
      <blockquote lang="zh-CN" data-seed={citation.seed}><GlossaryText text={citation.quote} /></blockquote>
      {citation.gloss && lang === 'en' && <p className="gloss"><span className="gloss-tag">{tq(lang, 'translation')}</span> <LocalText text={citation.gloss} lang={lang} /></p>}
      <button type="button" className="link-button" onClick={() => openReader({ doc: citation.seed, paragraph: citation.paragraphId, quote: citation.quote })}>
        {t(lang, 'openInDocument')} →
      </button>
    </figure>
  );
}
