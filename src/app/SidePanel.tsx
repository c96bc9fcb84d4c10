// The one panel: the selected feature, or the layer list, or the data sources. On a phone it is a
// bottom sheet that leaves at least half the map visible until it is expanded.
import { useState } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import type { PlanSummary } from '../data/load-data';
import { FeaturePanel } from '../features/panel/FeaturePanel';
import { LayerPanel } from '../features/layers/LayerPanel';
import { SourcesPanel } from '../features/sources/SourcesPanel';

interface Props { plans: PlanSummary[]; planById: Map<string, PlanSummary> }

export function SidePanel({ plans, planById }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const sheet = useAtlasStore((s) => s.sheet);
  const openSheet = useAtlasStore((s) => s.openSheet);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const [expanded, setExpanded] = useState(false);
  const feature = selectedId ? catalogue?.features.features.find((f) => f.properties.id === selectedId) : undefined;

  let title: string;
  let body: React.ReactNode;
  if (sheet === 'layers') {
    title = t(lang, 'layers');
    body = <LayerPanel plans={plans} />;
  } else if (sheet === 'sources') {
    title = t(lang, 'sources');
    body = <SourcesPanel />;
  } else if (feature && catalogue) {
    title = feature.properties.name[lang];
    body = <FeaturePanel feature={feature} frames={catalogue.frames} plans={planById} />;
  } else {
    return null;
  }
  return (
    <aside className={`side-panel${expanded ? ' expanded' : ''}`} aria-label={title}>
      <button type="button" className="sheet-handle" aria-label={t(lang, expanded ? 'collapseSheet' : 'expandSheet')} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        <span aria-hidden="true" />
      </button>
      {sheet !== 'none' && (
        <div className="panel-head">
          <h2>{title}</h2>
          <button type="button" className="icon-button" onClick={() => openSheet('none')} aria-label={t(lang, 'close')}>×</button>
        </div>
      )}
      <div className="panel-body">{body}</div>
    </aside>
  );
}
