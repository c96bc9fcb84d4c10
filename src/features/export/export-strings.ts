import { defineStrings } from '../../lib/i18n/define-strings';

export const es = defineStrings({
  export: { zh: '导出与打印', en: 'Export and print' },
  imageTitle: { zh: '山西规划空间图谱', en: 'Shanxi Plan Atlas' },
  noLayers: { zh: '底图', en: 'Basemap' },
  png: { zh: '下载 PNG 图片（屏幕分辨率）', en: 'Download PNG (screen resolution)' },
  png2x: { zh: '下载 PNG 图片（2×）', en: 'Download PNG (2×)' },
  pngPrint: { zh: '下载 PNG 图片（A4 宽，300 dpi）', en: 'Download PNG (A4 width, 300 dpi)' },
  printA4: { zh: '打印 A4 横向', en: 'Print A4 landscape' },
  printA3: { zh: '打印 A3 横向', en: 'Print A3 landscape' },
  waiting: { zh: '等待地图绘制完成…', en: 'Waiting for the map to finish drawing…' },
  done: { zh: '已生成图片', en: 'Image ready' },
  failed: { zh: '导出失败', en: 'Export failed' },
  legend: { zh: '图例', en: 'Legend' },
  sources: { zh: '原文出处', en: 'Sources quoted' },
  data: { zh: '数据', en: 'Data' },
  illustrative: { zh: '边界示意，非权属界线', en: 'Boundaries illustrative, not authoritative' },
  north: { zh: '北', en: 'N' },
  close: { zh: '关闭', en: 'Close' },
  preview: { zh: '预览', en: 'Preview' },
  schematic: { zh: '虚线为示意图形', en: 'Dashed: schematic' },
  printed: { zh: '制图日期', en: 'Made on' },
});
