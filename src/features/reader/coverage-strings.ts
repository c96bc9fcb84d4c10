import { defineStrings } from '../../lib/i18n/define-strings';

export const ct = defineStrings({
  coverage: { zh: '覆盖', en: 'Coverage' },
  coverageTitle: { zh: '本文件的地图覆盖', en: 'What the map shows of this document' },
  loadingCoverage: { zh: '正在载入覆盖报告…', en: 'Loading the coverage report…' },
  coverageFailed: { zh: '覆盖报告无法载入', en: 'The coverage report could not be loaded' },
  features: { zh: '个要素', en: 'features' },
  mapped: { zh: '处提及已上图', en: 'mentions mapped' },
  unmapped: { zh: '处未上图', en: 'not mapped' },
  onMap: { zh: '地图上', en: 'On the map' },
  notOnMap: { zh: '未上图的空间提及', en: 'Spatial mentions not on the map' },
  none: { zh: '无', en: 'none' },
  goToText: { zh: '跳到原文', en: 'Go to the text' },
  explainMarks: {
    zh: '原文中虚线下划线标出未上图的提及，点按或悬停可见原因。',
    en: 'In the text, a dotted underline marks a mention that is not on the map; tap it or hover for the reason.',
  },
  countsLegend: { zh: '各章数字：要素 · 已上图提及 · 未上图提及', en: 'Per chapter: features · mentions mapped · mentions not mapped' },
  reasonPrefix: { zh: '未上图：', en: 'Not on the map: ' },
});
