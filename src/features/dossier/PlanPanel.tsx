// A plan: its title and period, the registry's issuer, document number and date of issue (or that the text
// does not state them), its frames (each opens), how many features of each kind it has on the map, and a
// link to its text.
import { useMemo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { kindStyle } from '../../lib/style/kind-styles';
import { titleQuoted } from '../../lib/i18n/plan-title';
import type { PlanSummary } from '../../data/load-data';
import { td } from './dossier-strings';
import { SubjectHead } from './SubjectHead';
import { CopyCitation } from '../../components/CopyCitation';

/** What the registry records only where the plan's text states it. */
const STATED_FIELDS = ['issuer', 'docNumber', 'date'] as const;

export function PlanPanel({ plan }: { plan: PlanSummary }) {
  const lang = useAtlasStore((s) => s.lang);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const showSubject = useAtlasStore((s) => s.showSubject);
  const openReader = useAtlasStore((s) => s.openReader);
  const frames = (catalogue?.frames ?? []).filter((f) => f.seed === plan.id);
  const byKind = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of catalogue?.features.features ?? []) if (f.properties.seeds.includes(plan.id)) counts.set(f.properties.kind, (counts.get(f.properties.kind) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [catalogue, plan.id]);
  return (
    <section className="dossier" aria-labelledby="subject-title">
      <SubjectHead chip={`${td(lang, 'plan')} · ${plan.year}`} title={titleQuoted(plan.shortTitle[lang], lang)} alt={plan.title} altLang="zh" colour={plan.colour} />
      <dl className="plan-facts">
        {STATED_FIELDS.map((k) => (
          <div key={k}>
            <dt>{td(lang, k)}</dt>
            {plan[k] ? <dd lang="zh-CN">{plan[k]}</dd> : <dd className="not-stated">{td(lang, 'notStated')}</dd>}
          </div>
        ))}
        {plan.period && <div><dt>{td(lang, 'period')}</dt><dd>{plan.period.join('–')}</dd></div>}
      </dl>
      <div className="subject-actions">
        <button type="button" className="link-button" onClick={() => openReader({ doc: plan.id })}>{td(lang, 'openPlanInReader')} →</button>
        <CopyCitation plan={plan} />
      </div>
      {frames.length > 0 && (
        <div className="facts">
          <h3>{td(lang, 'planFrames')}</h3>
          {frames.map((f) => (
            <button key={f.id} type="button" className="frame-link" onClick={() => showSubject({ kind: 'frame', id: f.id })}>
              <span className="plan-dot" style={{ background: plan.colour }} aria-hidden="true" />
              <span className="frame-link-name">{f.name[lang]}</span>
            </button>
          ))}
        </div>
      )}
      <div className="facts">
        <h3>{td(lang, 'byKind')}</h3>
        <ul className="plan-kinds">
          {byKind.map(([kind, n]) => (
            <li key={kind}><span className="kind-dot" style={{ background: kindStyle(kind).color }} aria-hidden="true" /> {kindStyle(kind).label[lang]} <strong>{n}</strong></li>
          ))}
        </ul>
      </div>
    </section>
  );
}
