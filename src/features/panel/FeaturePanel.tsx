// The selected feature: names, kind, frames, plans, every citing passage and how the shape was made.
import { DescriptiveName } from '../../components/DescriptiveName';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { kindStyle } from '../../lib/style/kind-styles';
import type { AtlasFeature, PlanFrame, Lang } from '../../lib/catalogue/catalogue-types';
import type { PlanSummary } from '../../data/load-data';
import { ProvenanceList } from './ProvenanceList';
import { CitationQuote } from '../../components/CitationQuote';
import { CopyCitation } from '../../components/CopyCitation';
import { ReportProblem } from '../../components/ReportProblem';
import { placeFromHeadings } from '../../lib/citations/cite-formats';
import { RelatedFeatures } from './RelatedFeatures';
import { textIn } from '../../lib/i18n/bilingual-text';
import { LocalText } from '../../components/LocalText';
import './panel.css';

interface Props { feature: AtlasFeature; frames: PlanFrame[]; plans: Map<string, PlanSummary> }

export function FeaturePanel({ feature, frames, plans }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const select = useAtlasStore((s) => s.select);
  const p = feature.properties;
  const details = useAtlasStore((s) => s.details?.[p.id] ?? s.earlyDetails[p.id]);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const style = kindStyle(p.kind);
  const first = details?.citations[0];
  return (
    <section className="feature-panel" aria-labelledby="feature-title">
      <header className="feature-head">
        <span className="kind-chip" style={{ borderColor: style.color }}><span className="kind-dot" style={{ background: style.color }} aria-hidden="true" />{style.label[lang]}</span>
        <h2 id="feature-title" tabIndex={-1} lang={lang === 'zh' ? 'zh-CN' : 'en'}><DescriptiveName descriptive={p.descriptiveName}>{p.name[lang]}</DescriptiveName></h2>
        <p className="alt-name" lang={other === 'zh' ? 'zh-CN' : 'en'}>{p.name[other]}</p>
        <button type="button" className="icon-button close" onClick={() => select(null)} aria-label={t(lang, 'close')}>×</button>
      </header>
      {p.schematic && <p className="schematic-note"><strong>{t(lang, 'schematic')}</strong> {t(lang, 'schematicNote')}</p>}
      {!feature.geometry && details && <p className="schematic-note no-geometry-note">{t(lang, 'noGeometry')}<LocalText text={details.noShapeReason?.[lang] ?? textIn(details.note, lang) ?? ''} lang={lang} /></p>}
      <div className="facts">
        <h3>{t(lang, 'quotes')}</h3>
        {!details && <p>{t(lang, 'loading')}</p>}
        {details?.citations.map((c) => (
          <CitationQuote key={c.seed + c.paragraphId + c.start} citation={c} plan={plans.get(c.seed)} />
        ))}
        <div className="subject-actions">
          {first && <CopyCitation plan={plans.get(first.seed)} passage={{ place: placeFromHeadings(first.headingPath), quote: first.quote }} />}
          <ReportProblem item={{ kind: 'feature', id: p.id, name: p.name.zh, quote: first?.quote, plan: first && plans.get(first.seed)?.title }} />
        </div>
      </div>
      <RelatedFeatures feature={feature} frames={frames} plans={plans} />
      {details && <ProvenanceList provenance={details.provenance} />}
      {details?.note && feature.geometry && <p className="note"><LocalText text={textIn(details.note, lang) ?? ''} lang={lang} /></p>}
    </section>
  );
}
