import { defineStrings } from '../../lib/i18n/define-strings';

export const tt = defineStrings({
  timeline: { zh: '规划时间轴', en: 'Plan timeline' },
  hint: { zh: '选择一部规划，只显示其空间格局', en: 'Choose a plan to show only its frames' },
  showOnly: { zh: '只显示此规划的格局', en: 'Show only this plan’s frames' },
  aboutPlan: { zh: '规划概况', en: 'About the plan' },
  reset: { zh: '恢复默认图层', en: 'Default layers' },
});
