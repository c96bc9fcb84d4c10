// What the layers, list and sources sheets hold: loaded the first time one opens (or ahead, once the map has
// drawn), not with the first view.
import { PlanTimeline } from '../features/timeline/PlanTimeline';
import { FeatureList } from '../features/list/FeatureList';
import { LayerPanel } from '../features/layers/LayerPanel';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { LayerListTabs } from './LayerListTabs';
import type { PlanSummary } from '../data/load-data';

export function LayersBody({ plans }: { plans: PlanSummary[] }) {
  return <><LayerListTabs /><div id="sheet-tabpanel" role="tabpanel" aria-labelledby="sheet-tab-layers"><PlanTimeline plans={plans} /><LayerPanel plans={plans} /></div></>;
}

export function ListBody({ planById }: { planById: Map<string, PlanSummary> }) {
  return <><LayerListTabs /><div id="sheet-tabpanel" role="tabpanel" aria-labelledby="sheet-tab-list"><FeatureList planById={planById} /></div></>;
}

export const SourcesBody = SourcesPanel;
