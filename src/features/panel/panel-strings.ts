import { defineStrings } from '../../lib/i18n/define-strings';

export const tp = defineStrings({
  related: { zh: '相关要素', en: 'Related features' },
  inFrame: { zh: '所属格局', en: 'In the frame' },
  openFrame: { zh: '格局详情', en: 'About the frame' },
  showFrame: { zh: '在地图上显示该格局并列出其组成', en: 'Show this frame on the map and list its parts' },
  partsOf: { zh: '的组成', en: ': parts' },
  samePassage: { zh: '同一段原文提及', en: 'Cited in the same passage' },
  thisFeature: { zh: '（当前）', en: ' (this one)' },
  notMappable: { zh: '（无图形）', en: ' (not on the map)' },
  externalNote: { zh: '外部知识：非规划原文所述，由本项目补充。', en: 'External knowledge: not stated in the plan; added by this project.' },
});
