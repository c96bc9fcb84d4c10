import { defineStrings } from '../../lib/i18n/define-strings';

export const tlayer = defineStrings({
  openFrame: { zh: '查看格局', en: 'Open frame' },
});
