// The static first view's own strings.
import { defineStrings } from '../../lib/i18n/define-strings';

export const previewText = defineStrings({
  alt: {
    zh: '山西省地图静态预览：一群两区三圈（2022）',
    en: 'Static preview of the Shanxi map: one cluster, two zones, three circles (2022)',
  },
  hint: { zh: '静态预览 · 指向或轻触地图即可缩放、点选', en: 'Static preview · point at or tap the map to zoom and select' },
  loading: { zh: '正在载入交互地图…', en: 'Loading the interactive map…' },
});
