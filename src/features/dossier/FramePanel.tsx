// A frame (a plan's layout, named by its slogan): the slogan in both languages, its plan and year, the
// defining quotes verbatim with reader links, the groups in the plan's order with their labels, the count
// each states and its parts (each opens), and what is derived or external knowledge.
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { withYear } from '../../lib/i18n/plan-title';
import { groupLabel } from '../../lib/catalogue/frame-labels';
import { textIn } from '../../lib/i18n/bilingual-text';
import { kindStyle } from '../../lib/style/kind-styles';
import type { Lang, PlanFrame } from '../../lib/catalogue/catalogue-types';
import type { PlanSummary } from '../../data/load-data';
import { CitationQuote } from '../../components/CitationQuote';
import { CopyCitation } from '../../components/CopyCitation';
import { ReportProblem } from '../../components/ReportProblem';
import { placeFromHeadings } from '../../lib/citations/cite-formats';
import { LocalText } from '../../components/LocalText';
import { td } from './dossier-strings';
import { SubjectHead } from './SubjectHead';

export function FramePanel({ frame, plans }: { frame: PlanFrame; plans: Map<string, PlanSummary> }) {
  const lang = useAtlasStore((s) => s.lang);
  const features = useAtlasStore((s) => s.catalogue?.features.features);
  const showFeature = useAtlasStore((s) => s.showFeature);
  const showSubject = useAtlasStore((s) => s.showSubject);
  const hover = useAtlasStore((s) => s.hover);
  const plan = plans.get(frame.seed);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const first = frame.citations[0];
  return (
    <section className="dossier" aria-labelledby="subject-title">
      <SubjectHead chip={td(lang, 'frame')} title={frame.name[lang]} alt={frame.name[other]} altLang={other} colour={plan?.colour} />
      <p className="dossier-where">
        {td(lang, 'planOf')}
        <button type="button" className="link-button" onClick={() => showSubject({ kind: 'plan', id: frame.seed })}>
          {plan ? withYear(plan.shortTitle[lang], plan.year, lang) : frame.seed}
        </button>
      </p>
      <div className="facts">
        <h3>{td(lang, 'frameQuotes')}</h3>
        {frame.citations.map((c) => <CitationQuote key={c.seed + c.paragraphId + c.start} citation={c} plan={plan} />)}
        <div className="subject-actions">
          {first && <CopyCitation plan={plans.get(first.seed)} passage={{ place: placeFromHeadings(first.headingPath), quote: first.quote }} />}
          <ReportProblem item={{ kind: 'frame', id: frame.id, name: frame.name.zh, quote: first?.quote, plan: plan?.title }} />
        </div>
      </div>
      <div className="facts">
        <h3>{td(lang, 'groups')}</h3>
        <dl className="frame-groups">
          {frame.groups.map((g) => (
            <div key={g.label} className="frame-group">
              <dt>
                <span lang={lang === 'en' && !g.labelEn ? 'zh-CN' : undefined}>{groupLabel(g, lang)}</span>
                <span className="dossier-count">{td(lang, 'statedCount')} {g.count === 'many' ? td(lang, 'many') : g.count} · {td(lang, 'partsMapped')} {g.members.length}</span>
              </dt>
              <dd>
                <ul className="related-list">
                  {g.members.map((id) => {
                    const f = features?.find((x) => x.properties.id === id)?.properties;
                    if (!f) return null;
                    return (
                      <li key={id}>
                        <button type="button" className="related-item" onClick={() => showFeature(id)}
                          onMouseEnter={() => hover(id)} onMouseLeave={() => hover(null)} onFocus={() => hover(id)} onBlur={() => hover(null)}>
                          <span className="kind-dot" style={{ background: kindStyle(f.kind).color }} aria-hidden="true" /> {f.name[lang]}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {frame.provenance.length > 0 && (
        <div className="facts">
          <h3>{t(lang, 'provenance')}</h3>
          <ul className="provenance">
            {frame.provenance.map((p, i) => (
              <li key={i} className={`basis basis-${p.basis}`}>
                <span className="basis-tag">{t(lang, p.basis)}</span> <LocalText text={textIn(p.note, lang) ?? ''} lang={lang} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
