// The SVG map's own strings.
import { defineStrings } from '../../lib/i18n/define-strings';

export const fallbackText = defineStrings({
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  simplified: { zh: '简化地图：本设备未启用 WebGL', en: 'Simplified map: WebGL is not available on this device' },
});
