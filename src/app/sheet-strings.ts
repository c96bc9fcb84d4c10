import { defineStrings } from '../lib/i18n/define-strings';

/** The phone bottom sheet's states, as its handle announces them. */
export const tsheet = defineStrings({
  peek: { zh: '当前：仅标题', en: 'now: title only' },
  half: { zh: '当前：半屏', en: 'now: half screen' },
  full: { zh: '当前：全屏', en: 'now: full screen' },
});
