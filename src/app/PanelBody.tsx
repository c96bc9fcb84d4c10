// What the panel shows for layers, the feature list, the data sources or a selected feature: its own
// chunk, fetched when a panel first opens (or ahead, once the map has drawn), so the first view carries
// none of it.
import { PlanTimeline } from '../features/timeline/PlanTimeline';
import { FeatureList } from '../features/list/FeatureList';
import { LayerListTabs } from './LayerListTabs';
import type { PlanSummary } from '../data/load-data';
import type { AtlasFeature, PlanFrame } from '../lib/catalogue/catalogue-types';
import { FeaturePanel } from '../features/panel/FeaturePanel';
import { LayerPanel } from '../features/layers/LayerPanel';
import { SourcesPanel } from '../features/sources/SourcesPanel';

export type PanelBodyProps =
  | { show: 'layers' | 'list' | 'sources'; plans: PlanSummary[]; planById: Map<string, PlanSummary> }
  | { show: 'feature'; feature: AtlasFeature; frames: PlanFrame[]; planById: Map<string, PlanSummary> };

export default function PanelBody(props: PanelBodyProps) {
  switch (props.show) {
    case 'layers':
      return <><LayerListTabs /><div id="sheet-tabpanel" role="tabpanel" aria-labelledby="sheet-tab-layers"><PlanTimeline plans={props.plans} /><LayerPanel plans={props.plans} /></div></>;
    case 'list':
      return <><LayerListTabs /><div id="sheet-tabpanel" role="tabpanel" aria-labelledby="sheet-tab-list"><FeatureList planById={props.planById} /></div></>;
    case 'sources':
      return <SourcesPanel />;
    case 'feature':
      return <FeaturePanel feature={props.feature} frames={props.frames} plans={props.planById} />;
  }
}
