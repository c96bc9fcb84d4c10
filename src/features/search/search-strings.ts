// The search box's strings in both languages.
import { defineStrings } from '../../lib/i18n/define-strings';

export const ts = defineStrings({
  label: { zh: '搜索要素、地点或规划原文', en: 'Search features, places or plan text' },
  placeholder: { zh: '搜索：太原、汾河、jinbei…', en: 'Search: Taiyuan, Fen River, jinbei…' },
  open: { zh: '搜索', en: 'Search' },
  close: { zh: '关闭搜索', en: 'Close search' },
  frames: { zh: '空间格局', en: 'Spatial frames' },
  frame: { zh: '空间格局', en: 'Spatial frame' },
  features: { zh: '要素', en: 'Features' },
  places: { zh: '地点', en: 'Places' },
  text: { zh: '原文', en: 'Plan text' },
  suggestions: { zh: '您是否要找', en: 'Did you mean' },
  noMatch: { zh: '未找到与“{q}”相符的要素或地点。', en: 'No feature or place matches “{q}”.' },
  noSuggestion: { zh: '也没有相近的名称，请换个说法，或用中文、拼音、英文试试。', en: 'Nothing close either: try other words, or Chinese, pinyin or English.' },
  nothing: { zh: '原文中也没有找到。', en: 'Not found in the plan text either.' },
  count: { zh: '{n} 项', en: '{n} in all' },
  results: { zh: '{n} 条结果', en: '{n} results' },
  textLoading: { zh: '正在检索原文…', en: 'Searching the plan text…' },
  loading: { zh: '正在加载搜索索引…', en: 'Loading the search index…' },
  loadFailed: { zh: '搜索索引加载失败', en: 'The search index failed to load' },
  prefecture: { zh: '地级市', en: 'Prefecture' },
  county: { zh: '县级', en: 'County' },
  place: { zh: '地点', en: 'Place' },
});

