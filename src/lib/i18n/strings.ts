// Every UI string in both languages. Components call t(lang, key).
import type { Lang } from '../catalogue/catalogue-types';

const STRINGS = {
  appTitle: { zh: '山西规划空间图谱', en: 'Shanxi Plan Atlas' },
  appSubtitle: { zh: '五部山西规划的空间结构及其原文出处', en: 'The spatial structures of five Shanxi plans, each with its source text' },
  layers: { zh: '图层', en: 'Layers' },
  sources: { zh: '数据来源', en: 'Data sources' },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: 'Switch to English', en: '切换到中文' },
  close: { zh: '关闭', en: 'Close' },
  map: { zh: '地图', en: 'Map' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  loadFailed: { zh: '数据加载失败', en: 'Data failed to load' },
  basemap: { zh: '底图', en: 'Basemap' },
  counties: { zh: '县级行政区', en: 'Counties' },
  rivers: { zh: '河流', en: 'Rivers' },
  rail: { zh: '铁路（示意）', en: 'Railways (schematic)' },
  mountains: { zh: '山脉', en: 'Mountains' },
  plans: { zh: '规划', en: 'Plans' },
  frames: { zh: '空间格局', en: 'Spatial frames' },
  legend: { zh: '图例', en: 'Legend' },
  kind: { zh: '类型', en: 'Kind' },
  frame: { zh: '所属格局', en: 'Frame' },
  plan: { zh: '出处规划', en: 'Plan' },
  quotes: { zh: '原文', en: 'Source text' },
  openInDocument: { zh: '在原文中查看', en: 'Open in document' },
  provenance: { zh: '依据', en: 'Basis' },
  quoted: { zh: '原文明示', en: 'Quoted' },
  derived: { zh: '推导', en: 'Derived' },
  external: { zh: '外部知识', en: 'External knowledge' },
  schematic: { zh: '示意图形', en: 'Schematic geometry' },
  schematicNote: { zh: '图形仅示意位置与走向，非精确范围。', en: 'The shape shows position and direction only, not an exact extent.' },
  parts: { zh: '组成部分', en: 'Parts' },
  notFound: { zh: '未找到该要素，已显示默认视图。', en: 'That feature was not found; showing the default view.' },
  disclaimer: {
    zh: '边界为示意，不作为权属界线依据；铁路、山脉与部分河流为项目示意绘制。',
    en: 'Boundaries are illustrative (示意), not authoritative; railways, mountains and some rivers are schematic, drawn by this project.',
  },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  showAll: { zh: '全部显示', en: 'Show all' },
  noGeometry: { zh: '无法定位：', en: 'Not mappable: ' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export const t = (lang: Lang, key: StringKey): string => STRINGS[key][lang];
