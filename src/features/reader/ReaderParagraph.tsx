import { memo, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import type { Paragraph, PlanDocument } from '../../lib/documents/document-types';
import { paragraphPlace } from '../../lib/citations/format-citation';
import { CopyCitation } from '../../components/CopyCitation';
import { copyText } from '../../components/copy-text';
import { ReportProblem } from '../../components/ReportProblem';
import { GlossaryText } from '../../components/GlossaryText';
import { usePlanSummary } from './use-plan-summary';
import { UnmappedMention } from './UnmappedMention';
import { markRuns } from './reading-blocks';
import type { CitingFeature } from './citing-features';
import type { ExtraMark } from './reading-blocks';

interface Props {
  doc: PlanDocument; paragraph: Paragraph; active: boolean; quote?: string; term: string; features?: CitingFeature[];
  /** Coverage view: spatial mentions not on the map, titled with the reason. */
  unmapped?: ExtraMark[];
}

/** The active paragraph's citation (its plan's registry fields, its headings, the quote it was opened for) and Report a problem. */
function ParagraphCitation({ doc, paragraph, quote }: { doc: PlanDocument; paragraph: Paragraph; quote?: string }) {
  const plan = usePlanSummary(doc.id);
  const place = paragraphPlace(doc, paragraph.id);
  return (
    <>
      <CopyCitation plan={plan} passage={{ place, quote }} />
      <ReportProblem item={{ kind: 'paragraph', id: `${doc.id}/${paragraph.id}`, name: `《${plan?.title ?? doc.title.text}》${place}`, quote: quote ?? paragraph.text, plan: plan?.title ?? doc.title.text }} />
    </>
  );
}

export const ReaderParagraph = memo(function ReaderParagraph({ doc, paragraph, active, quote, term, features, unmapped }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const openReader = useAtlasStore((s) => s.openReader);
  const showFeature = useAtlasStore((s) => s.showFeature);
  const [copied, setCopied] = useState(false);
  const runs = markRuns(paragraph.text, quote, term, unmapped);
  const marked = new Set<string>(); // a term is marked once per paragraph
  const onCopy = async (text: string) => {
    await copyText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div className={`reader-paragraph${active ? ' active' : ''}${paragraph.part ? ` part-${paragraph.part}` : ''}`} data-paragraph={paragraph.id} tabIndex={-1}>
      <p onClick={() => !active && openReader({ doc: doc.id, paragraph: paragraph.id })}>
        {runs.map((r, i) => (r.mark === 'unmapped' ? <UnmappedMention key={i} text={r.text} reason={r.title ?? ''} />
          : r.mark ? <mark key={i} className={`mark-${r.mark}`}>{r.text}</mark> : <span key={i}><GlossaryText text={r.text} skip={marked} /></span>))}
      </p>
      {paragraph.flags?.length ? <p className="flag" lang={lang === 'zh' ? 'zh-CN' : 'en'}>{t(lang, 'flagged')}{paragraph.flags.join(', ')}</p> : null}
      {features?.length ? (
        <ul className="paragraph-features" aria-label={t(lang, 'onTheMap')}>
          {features.map((f) => (
            <li key={f.id}>
              <button type="button" className="feature-link" onClick={() => { showFeature(f.id); openReader(null); }}>◉ {f.name[lang]}</button>
            </li>
          ))}
        </ul>
      ) : null}
      {active && (
        <div className="paragraph-actions">
          <ParagraphCitation doc={doc} paragraph={paragraph} quote={quote} />
          <button type="button" onClick={() => onCopy(location.href)}>{t(lang, 'copyLink')}</button>
          <span role="status" className="copied">{copied ? t(lang, 'copied') : ''}</span>
        </div>
      )}
    </div>
  );
});
