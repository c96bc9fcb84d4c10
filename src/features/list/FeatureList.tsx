// Everything the map shows, without the map: the visible features grouped by frame, each a button
// that selects it (and highlights it on the map while focused or hovered).
import { groupLabel } from '../../lib/catalogue/frame-labels';
import { useMemo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { groupVisibleFeatures } from '../../lib/explorer/feature-groups';
import type { PlanSummary } from '../../data/load-data';
import { tl } from './list-strings';
import './feature-list.css';

export function FeatureList({ planById }: { planById: Map<string, PlanSummary> }) {
  const lang = useAtlasStore((s) => s.lang);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const layers = useAtlasStore((s) => s.layers);
  const showFeature = useAtlasStore((s) => s.showFeature);
  const hover = useAtlasStore((s) => s.hover);
  const openSheet = useAtlasStore((s) => s.openSheet);
  const groups = useMemo(
    () => (catalogue ? groupVisibleFeatures(catalogue.features.features, catalogue.frames, layers) : []),
    [catalogue, layers],
  );
  const byId = useMemo(() => new Map((catalogue?.features.features ?? []).map((f) => [f.properties.id, f.properties])), [catalogue]);
  const choose = (id: string) => {
    hover(null);
    openSheet('none');
    showFeature(id);
    requestAnimationFrame(() => document.getElementById('feature-title')?.focus());
  };
  if (!groups.length) return <p className="feature-list-empty">{tl(lang, 'empty')}</p>;
  return (
    <div className="feature-list" data-focus-return={`[data-sheet-toggle="list"], [data-sheet-toggle="layers"]`}>
      <p className="feature-list-intro">{tl(lang, 'intro')}</p>
      {groups.map((g) => {
        const plan = planById.get(g.frame?.seed ?? g.seed ?? '');
        const title = g.frame ? g.frame.name[lang] : `${plan?.shortTitle[lang] ?? g.seed} · ${tl(lang, 'other')}`;
        const headingId = `list-${g.key.replace(/[^\w-]/g, '_')}`;
        return (
          <section key={g.key} className="list-group" aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span className="plan-dot" style={{ background: plan?.colour ?? '#777' }} aria-hidden="true" />
              <span>{title}</span>
              {g.frame && plan && <span className="list-plan">{plan.shortTitle[lang]}</span>}
            </h3>
            <ul>
              {g.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="list-item" onClick={() => choose(item.id)}
                    onMouseEnter={() => hover(item.id)} onMouseLeave={() => hover(null)} onFocus={() => hover(item.id)} onBlur={() => hover(null)}>
                    {item.label && <span className="list-role" lang={lang === 'en' && !item.labelEn ? 'zh-CN' : undefined}>{groupLabel({ label: item.label, labelEn: item.labelEn }, lang)}</span>}
                    <span>{byId.get(item.id)?.name[lang] ?? item.id}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
