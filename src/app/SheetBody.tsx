// What the layers, feature list and data sources sheets show: their own chunk, fetched when one first opens
// (or ahead, once the first view is settled), so the first view carries none of it. A feature's panel is
// not here: a first tap or search pick shows its quote without waiting for a chunk.
import { PlanTimeline } from '../features/timeline/PlanTimeline';
import { FeatureList } from '../features/list/FeatureList';
import { LayerListTabs } from './LayerListTabs';
import type { PlanSummary } from '../data/load-data';
import { LayerPanel } from '../features/layers/LayerPanel';
import { SourcesPanel } from '../features/sources/SourcesPanel';

export type SheetName = 'layers' | 'list' | 'sources';

export default function SheetBody({ show, plans, planById }: { show: SheetName; plans: PlanSummary[]; planById: Map<string, PlanSummary> }) {
  switch (show) {
    case 'layers':
      return <><LayerListTabs /><div id="sheet-tabpanel" role="tabpanel" aria-labelledby="sheet-tab-layers"><PlanTimeline plans={plans} /><LayerPanel plans={plans} /></div></>;
    case 'list':
      return <><LayerListTabs /><div id="sheet-tabpanel" role="tabpanel" aria-labelledby="sheet-tab-list"><FeatureList planById={planById} /></div></>;
    case 'sources':
      return <SourcesPanel />;
  }
}
