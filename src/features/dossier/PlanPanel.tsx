// A plan: its title and period, the registry's issuer, document number and dates when it has them, its
// frames (each opens), how many features of each kind it has on the map, and a link to its text.
import { useMemo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { kindStyle } from '../../lib/style/kind-styles';
import { titleQuoted } from '../../lib/i18n/plan-title';
import type { PlanSummary } from '../../data/load-data';
import { td } from './dossier-strings';
import { SubjectHead } from './SubjectHead';

/** Registry fields another part of the project may add (shown when present). */
type PlanRecord = PlanSummary & { issuer?: unknown; docNumber?: unknown; dates?: unknown };
const OPTIONAL_FIELDS = ['issuer', 'docNumber', 'dates'] as const;

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
  const record = plan as PlanRecord;
  const shown = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' && lang in v ? String((v as Record<string, unknown>)[lang]) : null);
  return (
    <section className="dossier" aria-labelledby="subject-title">
      <SubjectHead chip={`${td(lang, 'plan')} · ${plan.year}`} title={titleQuoted(plan.shortTitle[lang], lang)} alt={plan.title} altLang="zh" colour={plan.colour} />
      <dl className="plan-facts">
        {OPTIONAL_FIELDS.map((k) => shown(record[k]) && (
          <div key={k}><dt>{td(lang, k)}</dt><dd lang="zh-CN">{shown(record[k])}</dd></div>
        ))}
      </dl>
      <button type="button" className="link-button" onClick={() => openReader({ doc: plan.id })}>{td(lang, 'openPlanInReader')} →</button>
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
