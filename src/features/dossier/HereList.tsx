// "What's here": a click where several plan features overlap lists them all, smallest first (name, kind,
// plan colour), and the county clicked; choosing one opens it.
import { useAtlasStore, type HereList as Here } from '../../store/atlas-store';
import { kindStyle } from '../../lib/style/kind-styles';
import type { PlanSummary } from '../../data/load-data';
import type { PlaceUnit } from '../../lib/places/place-units';
import { td } from './dossier-strings';
import { fillSlots } from '../../lib/i18n/define-strings';
import { SubjectHead } from './SubjectHead';

export function HereList({ here, units, plans }: { here: Here; units: PlaceUnit[] | null; plans: Map<string, PlanSummary> }) {
  const lang = useAtlasStore((s) => s.lang);
  const features = useAtlasStore((s) => s.catalogue?.features.features);
  const openSubject = useAtlasStore((s) => s.openSubject);
  const hover = useAtlasStore((s) => s.hover);
  const county = here.place ? units?.find((u) => u.id === here.place) : undefined;
  return (
    <section className="dossier here-list" aria-labelledby="subject-title">
      <SubjectHead chip={td(lang, 'whatsHere')} title={fillSlots(td(lang, 'hereCount'), { n: here.ids.length })} altLang={lang} />
      <ul className="dossier-rows">
        {here.ids.map((id) => {
          const f = features?.find((x) => x.properties.id === id)?.properties;
          if (!f) return null;
          const style = kindStyle(f.kind);
          return (
            <li key={id} className="dossier-row">
              <button type="button" className="dossier-feature" onClick={() => openSubject({ kind: 'feature', id })}
                onMouseEnter={() => hover(id)} onMouseLeave={() => hover(null)} onFocus={() => hover(id)} onBlur={() => hover(null)}>
                <span className="kind-dot" style={{ background: style.color }} aria-hidden="true" />
                <span className="dossier-name">{f.name[lang]}</span>
              </button>
              <span className="dossier-meta">
                <span>{style.label[lang]}</span>
                {f.seeds.map((seed) => {
                  const plan = plans.get(seed);
                  return <span key={seed} className="dossier-plan-chip"><span className="plan-dot" style={{ background: plan?.colour ?? 'var(--no-plan)' }} aria-hidden="true" />{plan?.shortTitle[lang] ?? seed}</span>;
                })}
              </span>
            </li>
          );
        })}
      </ul>
      {county && (
        <div className="facts">
          <h3>{td(lang, 'hereCounty')}</h3>
          <button type="button" className="frame-link" onClick={() => openSubject({ kind: 'place', id: county.id })}>
            <span className="frame-link-name">{county.name[lang]}</span>
            <span className="frame-link-role">{td(lang, 'openDossier')}</span>
          </button>
        </div>
      )}
    </section>
  );
}
