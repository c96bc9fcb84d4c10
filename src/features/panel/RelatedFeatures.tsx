// Related features: the frames this feature belongs to (a frame link switches its layer on and lists
// its parts) and the features citing the same paragraph. Every item is a button that selects it.
import { labelled } from '../../lib/i18n/plan-title';
import { useMemo, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { relatedFeatures, passageIndex } from '../../lib/explorer/related-features';
import type { AtlasFeature, FeatureSummary, PlanFrame } from '../../lib/catalogue/catalogue-types';
import type { PlanSummary } from '../../data/load-data';
import { tp } from './panel-strings';
import { groupLabel } from '../../lib/catalogue/frame-labels';

interface Props { feature: AtlasFeature; frames: PlanFrame[]; plans: Map<string, PlanSummary> }

export function RelatedFeatures({ feature, frames, plans }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const details = useAtlasStore((s) => s.details);
  const features = useAtlasStore((s) => s.catalogue?.features.features);
  const layers = useAtlasStore((s) => s.layers);
  const setLayers = useAtlasStore((s) => s.setLayers);
  const showSubject = useAtlasStore((s) => s.showSubject);
  const [openFrame, setOpenFrame] = useState<string | null>(null);
  const p = feature.properties;
  const byId = useMemo(() => new Map((features ?? []).map((f) => [f.properties.id, f])), [features]);
  const index = useMemo(() => (details ? passageIndex(details) : new Map<string, string[]>()), [details]);
  const related = useMemo(() => relatedFeatures(p, frames, details?.[p.id], index), [p, frames, details, index]);
  if (!related.frames.length && !related.samePassage.length) return null;

  const showFrame = (id: string) => {
    if (!layers.includes(id)) setLayers([...layers, id]);
    setOpenFrame(openFrame === id ? null : id);
  };
  return (
    <div className="facts related">
      <h3>{tp(lang, 'related')}</h3>
      {related.frames.map(({ frame, label, labelEn, parts }) => {
        const open = openFrame === frame.id;
        const plan = plans.get(frame.seed);
        return (
          <div key={frame.id} className="related-frame">
            <button type="button" className="frame-link" aria-expanded={open} aria-controls={`parts-${frame.id}`}
              title={tp(lang, 'showFrame')} onClick={() => showFrame(frame.id)}>
              <span className="plan-dot" style={{ background: plan?.colour ?? '#777' }} aria-hidden="true" />
              <span className="frame-link-name">{frame.name[lang]}</span>
              <span className="frame-link-role" lang={lang === 'en' && !labelEn ? 'zh-CN' : undefined}>{groupLabel({ label, labelEn }, lang)}</span>
              <span aria-hidden="true" className="chevron">{open ? '▾' : '▸'}</span>
            </button>
            <button type="button" className="link-button frame-open-link" onClick={() => showSubject({ kind: 'frame', id: frame.id })}>
              {labelled(tp(lang, 'openFrame'), frame.name[lang], lang)} →
            </button>
            {open && (
              <dl id={`parts-${frame.id}`} className="frame-parts" aria-label={`${frame.name[lang]}${tp(lang, 'partsOf')}`}>
                {parts.map((part) => (
                  <div key={part.label} className="frame-part">
                    <dt lang={lang === 'en' && !part.labelEn ? 'zh-CN' : undefined}>{groupLabel(part, lang)}</dt>
                    <dd><RelatedList ids={part.ids} currentId={p.id} byId={byId} /></dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        );
      })}
      {related.samePassage.length > 0 && (
        <>
          <h4>{tp(lang, 'samePassage')}</h4>
          <RelatedList ids={related.samePassage} currentId={p.id} byId={byId} />
        </>
      )}
    </div>
  );
}

function RelatedList({ ids, currentId, byId }: { ids: string[]; currentId: string; byId: Map<string, AtlasFeature> }) {
  const lang = useAtlasStore((s) => s.lang);
  const showFeature = useAtlasStore((s) => s.showFeature);
  const hover = useAtlasStore((s) => s.hover);
  return (
    <ul className="related-list">
      {ids.map((id) => {
        const f = byId.get(id);
        if (!f) return null;
        const props: FeatureSummary = f.properties;
        const current = id === currentId;
        return (
          <li key={id}>
            <button type="button" className="related-item" aria-current={current || undefined} disabled={current}
              onClick={() => {
                showFeature(id);
                // The button goes away with the old panel: move focus to the new feature's heading.
                requestAnimationFrame(() => document.getElementById('feature-title')?.focus());
              }} onMouseEnter={() => hover(id)} onMouseLeave={() => hover(null)}
              onFocus={() => hover(id)} onBlur={() => hover(null)}>
              {props.name[lang]}
              {current && <span className="visually-hidden">{tp(lang, 'thisFeature')}</span>}
              {!f.geometry && <span className="muted">{tp(lang, 'notMappable')}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
