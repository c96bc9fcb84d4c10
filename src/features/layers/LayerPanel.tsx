// Layer groups — basemap, each plan, each plan's frames — and the legend, from the same kind table as the map.
import { labelled } from '../../lib/i18n/plan-title';
import { useAtlasStore } from '../../store/atlas-store';
import { t, type StringKey } from '../../lib/i18n/strings';
import { planGroup } from '../../lib/catalogue/layer-visibility';
import type { PlanSummary } from '../../data/load-data';
import { Legend } from './Legend';
import { tlayer } from './layer-strings';

const BASEMAP_TOGGLES: [string, StringKey][] = [
  ['basemap-counties', 'counties'],
  ['basemap-rivers', 'rivers'],
  ['basemap-rail', 'rail'],
  ['basemap-mountains', 'mountains'],
];

function Toggle({ group, label, colour, basemap }: { group: string; label: string; colour?: string; basemap?: boolean }) {
  const on = useAtlasStore((s) => (basemap ? !s.basemapOff.includes(group) : s.layers.includes(group)));
  const toggle = useAtlasStore((s) => (basemap ? s.toggleBasemap : s.toggleLayer));
  return (
    <label className="toggle">
      <input type="checkbox" checked={on} onChange={() => toggle(group)} />
      {colour && <span className="plan-dot" style={{ background: colour }} aria-hidden="true" />}
      <span>{label}</span>
    </label>
  );
}

export function LayerPanel({ plans }: { plans: PlanSummary[] }) {
  const lang = useAtlasStore((s) => s.lang);
  return (
    <div className="layer-panel">
      <fieldset>
        <legend>{t(lang, 'plans')}</legend>
        {plans.map((plan) => (
          <div key={plan.id} className="plan-group" role="group" aria-labelledby={`plan-${plan.id}`}>
            <p className="plan-name" id={`plan-${plan.id}`}>
              <span className="plan-dot" style={{ background: plan.colour }} aria-hidden="true" />
              {plan.shortTitle[lang]}<span className="plan-year">{plan.year}</span>
            </p>
            <div className="frame-toggles">
              {(plan.frames ?? []).map((f) => (
                <div key={f.id} className="frame-row">
                  <Toggle group={f.id} label={f.name[lang]} />
                  <button type="button" className="frame-open" aria-label={labelled(tlayer(lang, 'openFrame'), f.name[lang], lang)} title={tlayer(lang, 'openFrame')}
                    onClick={() => { useAtlasStore.getState().openSheet('none'); useAtlasStore.getState().showSubject({ kind: 'frame', id: f.id }); }}>
                    <span aria-hidden="true">›</span>
                  </button>
                </div>
              ))}
              <Toggle group={planGroup(plan.id)} label={t(lang, 'allOfPlan')} />
            </div>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'basemap')}</legend>
        {BASEMAP_TOGGLES.map(([group, key]) => <Toggle key={group} basemap group={group} label={t(lang, key)} />)}
      </fieldset>
      <Legend />
    </div>
  );
}
