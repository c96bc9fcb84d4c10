import { defineStrings } from '../../lib/i18n/define-strings';

export const cs = defineStrings({
  title: { zh: '规划对比', en: 'Compare plans' },
  earlier: { zh: '左（较早）', en: 'Left (earlier)' },
  later: { zh: '右（较新）', en: 'Right (later)' },
  evolution: { zh: '空间战略演变', en: 'Spatial strategy over time' },
  wholePlan: { zh: '整部规划', en: 'whole plan' },
  leave: { zh: '退出对比', en: 'Leave compare' },
  divider: { zh: '分割线', en: 'Divider' },
  persists: { zh: '延续', en: 'Persists' },
  renamed: { zh: '更名或重构', en: 'Renamed or recast' },
  new: { zh: '新增', en: 'New' },
  dropped: { zh: '未延续', en: 'Not carried forward' },
  byId: { zh: '同一要素', en: 'same feature' },
  byName: { zh: '同名', en: 'same name' },
  byOverlap: { zh: '范围重叠', en: 'areas overlap, IoU' },
  bySeat: { zh: '驻地相距', en: 'seats apart, km' },
  derivation: {
    zh: '此列表由本项目比较要素的名称与图形得出（同名为延续；不同名而范围重叠 IoU ≥ 0.5 或驻地相距 ≤ 10 公里为更名或重构），并非规划原文的表述。',
    en: 'This list is worked out by the atlas from the features’ names and shapes (same name: persists; another name with areas overlapping at IoU ≥ 0.5 or seats ≤ 10 km apart: renamed or recast). The plans do not say this.',
  },
  loading: { zh: '正在准备对比…', en: 'Preparing the comparison…' },
  noQuote: { zh: '（无原文引用）', en: '(no quoted passage)' },
});
