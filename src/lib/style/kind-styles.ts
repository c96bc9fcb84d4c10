// One table for every feature kind: its colour on the map and its name in the legend.
// The map layers and the legend both read it, so their symbols always match.
import type { Names } from '../catalogue/catalogue-types';

export interface KindStyle { color: string; label: Names }

export const KIND_STYLES: Record<string, KindStyle> = {
  'city-cluster': { color: '#c0392b', label: { zh: '城市群', en: 'City cluster' } },
  core: { color: '#a50f15', label: { zh: '核心', en: 'Core' } },
  'sub-centre': { color: '#d35400', label: { zh: '副中心', en: 'Sub-centre' } },
  'city-centre': { color: '#e67e22', label: { zh: '市域中心', en: 'City centre' } },
  'city-group': { color: '#7d3c98', label: { zh: '城镇群·城镇圈·组团', en: 'City group / town circle' } },
  belt: { color: '#b03a7a', label: { zh: '发展带', en: 'Development belt' } },
  axis: { color: '#6c3483', label: { zh: '发展轴', en: 'Development axis' } },
  'corridor-transport': { color: '#34495e', label: { zh: '交通廊道', en: 'Transport corridor' } },
  'corridor-ecological': { color: '#1e8449', label: { zh: '生态廊道', en: 'Ecological corridor' } },
  'corridor-cultural': { color: '#8d6e63', label: { zh: '文化廊道', en: 'Cultural corridor' } },
  'corridor-logistics': { color: '#00796b', label: { zh: '物流通道', en: 'Logistics corridor' } },
  'corridor-energy': { color: '#4e342e', label: { zh: '能源通道', en: 'Energy corridor' } },
  'ecological-barrier': { color: '#2e7d32', label: { zh: '生态屏障', en: 'Ecological barrier' } },
  'ecological-zone': { color: '#558b2f', label: { zh: '生态区', en: 'Ecological area' } },
  river: { color: '#1565c0', label: { zh: '河流·流域', en: 'River / basin' } },
  'lake-wetland': { color: '#1976d2', label: { zh: '湖泊·湿地·水库', en: 'Lake / wetland / reservoir' } },
  zone: { color: '#b7950b', label: { zh: '园区·示范区·试验区', en: 'Zone / park / pilot area' } },
  'energy-base': { color: '#5d4037', label: { zh: '能源基地', en: 'Energy base' } },
  'cultural-park': { color: '#ad1457', label: { zh: '文化公园·旅游目的地', en: 'Cultural park / destination' } },
  'project-site': { color: '#263238', label: { zh: '项目·设施', en: 'Project / facility' } },
  'logistics-hub': { color: '#00838f', label: { zh: '物流枢纽', en: 'Logistics hub' } },
  'external-region': { color: '#546e7a', label: { zh: '外部区域', en: 'External region' } },
};

export const FALLBACK_KIND: KindStyle = { color: '#555555', label: { zh: '其他', en: 'Other' } };

export const kindStyle = (kind: string): KindStyle => KIND_STYLES[kind] ?? FALLBACK_KIND;

/** A maplibre `match` expression giving each kind its colour. */
export function kindColorExpression(): unknown[] {
  return ['match', ['get', 'kind'], ...Object.entries(KIND_STYLES).flatMap(([k, s]) => [k, s.color]), FALLBACK_KIND.color];
}
