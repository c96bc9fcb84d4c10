// The static first view's own strings; the picture's description names the frame it shows (from the
// plan registry at build time).
import { defineStrings } from '../../lib/i18n/define-strings';
import { pictureAlt } from 'virtual:plan-registry';

export const previewText = defineStrings({
  alt: pictureAlt,
  hint: { zh: '静态预览 · 指向或轻触地图即可缩放、点选', en: 'Static preview · point at or tap the map to zoom and select' },
  loading: { zh: '正在载入交互地图…', en: 'Loading the interactive map…' },
});
