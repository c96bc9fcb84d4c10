import { defineStrings } from '../../lib/i18n/define-strings';

export const tl = defineStrings({
  list: { zh: '列表', en: 'List' },
  listTitle: { zh: '地图要素列表', en: 'Features on the map' },
  intro: { zh: '当前图层显示的要素，按空间格局分组。选择一项即在地图上定位并查看原文。', en: 'The features the current layers show, grouped by frame. Choose one to find it on the map and read its source.' },
  other: { zh: '不属于所示格局的要素', en: 'Not in a frame shown' },
  empty: { zh: '当前图层没有要素。请在“图层”中打开规划或格局。', en: 'The current layers show no feature. Switch on a plan or frame under “Layers”.' },
  count: { zh: '项', en: 'items' },
});
