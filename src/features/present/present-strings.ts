import { defineStrings } from '../../lib/i18n/define-strings';

export const ps = defineStrings({
  present: { zh: '演示', en: 'Present' },
  presenter: { zh: '演示模式', en: 'Presenter' },
  tour: { zh: '演示路线', en: 'Tour' },
  step: { zh: '步', en: 'Step' },
  preparing: { zh: '正在准备演示…', en: 'Preparing the tour…' },
  noQuote: { zh: '（本条无原文引用）', en: '(no quoted passage)' },
  autoplay: { zh: '自动播放', en: 'Autoplay' },
  pause: { zh: '暂停', en: 'Pause' },
  resume: { zh: '继续', en: 'Resume' },
  autoplayRunning: { zh: '自动播放中', en: 'Playing' },
  autoplayPaused: { zh: '自动播放已暂停', en: 'Autoplay paused' },
  autoplayWaiting: { zh: '等待地图绘制', en: 'Waiting for the map' },
  seconds: { zh: '秒', en: 's' },
  off: { zh: '关', en: 'off' },
  blanked: { zh: '黑屏 — 按 B 继续', en: 'Screen blanked — press B to continue' },
  keys: { zh: '按键', en: 'Keys' },
  qrButton: { zh: '二维码', en: 'QR' },
  qrLabel: { zh: '本步链接的二维码', en: 'QR code of this step’s link' },
  qrCaption: { zh: '扫码在手机上打开本步', en: 'Scan to open this step on a phone' },
});
