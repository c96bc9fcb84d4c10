// The registered plans on one time axis (from the first plan's first year to the last one's last), each
// span a button: choosing a plan shows only its frames on the map; choosing it again goes back to the
// default layers.
import { labelled } from '../../lib/i18n/plan-title';
import { useAtlasStore } from '../../store/atlas-store';
import { timelineAxis } from '../../lib/explorer/plan-spans';
import { planGroup, sameLayers } from '../../lib/catalogue/layer-visibility';
import { DEFAULT_LAYERS } from '../../store/default-layers';
import type { PlanSummary } from '../../data/load-data';
import { tt } from './timeline-strings';
import './plan-timeline.css';

const W = 320;

export function PlanTimeline({ plans }: { plans: PlanSummary[] }) {
  const lang = useAtlasStore((s) => s.lang);
  const layers = useAtlasStore((s) => s.layers);
  const setLayers = useAtlasStore((s) => s.setLayers);
  const rows = plans
    // A plan without frames of its own is shown whole.
    .map((plan) => {
      const own = (plan.frames ?? []).map((f) => f.id);
      return { plan, span: { start: plan.span[0], end: plan.span[1] }, frameIds: own.length ? own : [planGroup(plan.id)] };
    })
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.plan.order - b.plan.order);
  const axis = timelineAxis(rows.map((r) => r.span));
  if (!axis || !plans.some((p) => p.frames?.length)) return null;
  const { first: FIRST, last: LAST, ticks: TICKS } = axis;
  /** Year → x: a plain linear scale (d3-scale would add ≈ 9 KB gzip to the first view's JavaScript). */
  const x = (year: number) => 4 + ((year - FIRST) / (LAST + 1 - FIRST)) * (W - 8);
  return (
    <section className="plan-timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{tt(lang, 'timeline')}</h3>
      <p className="timeline-hint">{tt(lang, 'hint')}</p>
      <svg className="timeline-axis" viewBox={`0 0 ${W} 18`} aria-hidden="true" preserveAspectRatio="none">
        <line x1={x(FIRST)} x2={x(LAST + 1)} y1={17} y2={17} />
        {TICKS.map((year) => (
          <g key={year} transform={`translate(${x(year)},0)`}>
            <line y1={12} y2={17} />
          </g>
        ))}
      </svg>
      <div className="timeline-labels" aria-hidden="true">
        {TICKS.map((year) => <span key={year} style={{ left: `${(x(year) / W) * 100}%` }}>{year}</span>)}
      </div>
      <ul>
        {rows.map(({ plan, span, frameIds }) => {
          const active = sameLayers(layers, frameIds);
          const x0 = x(span.start);
          const x1 = x(span.end + 1);
          return (
            <li key={plan.id}>
              <button type="button" className="timeline-row" aria-pressed={active} data-plan={plan.id}
                title={tt(lang, 'showOnly')} onClick={() => setLayers(active ? DEFAULT_LAYERS : frameIds)}>
                <svg viewBox={`0 0 ${W} 12`} preserveAspectRatio="none" aria-hidden="true" className="timeline-bar">
                  <rect x={x(FIRST)} width={x(LAST + 1) - x(FIRST)} y={5} height={2} className="timeline-track" />
                  <rect x={x0} width={Math.max(4, x1 - x0)} y={1} height={10} rx={3} style={{ fill: plan.colour }} />
                </svg>
                <span className="timeline-label">
                  <span className="timeline-name">{plan.shortTitle[lang]}</span>
                  <span className="timeline-years">{plan.year}</span>
                </span>
              </button>
              <button type="button" className="timeline-about" aria-label={labelled(tt(lang, 'aboutPlan'), plan.shortTitle[lang], lang)} title={tt(lang, 'aboutPlan')}
                onClick={() => { const s = useAtlasStore.getState(); s.openSheet('none'); s.showSubject({ kind: 'plan', id: plan.id }); }}>
                <span aria-hidden="true">›</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
