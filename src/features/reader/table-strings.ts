import { defineStrings } from '../../lib/i18n/define-strings';
import type { TableRepair } from '../../lib/documents/document-types';

export const tt = defineStrings({
  tableDamaged: { zh: '原文有损：导出时表格被打散成逐格的行，此表据原文各行重建（单元格文字均为原文）。', en: 'Damaged in the source: the export broke this table into lines of cells; it is rebuilt from those lines (every cell verbatim).' },
  repaired: { zh: '修复：', en: 'Repaired: ' },
  scrollHint: { zh: '表格可左右滑动', en: 'The table scrolls sideways' },
});

const REPAIRS = defineStrings({
  'vertical-text': { zh: '逐字竖排的单元格已合并', en: 'cells set one character per line joined' },
  'numbers-apart': { zh: '与行分开列出的序号已按顺序对应', en: 'row numbers listed apart matched to their rows in order' },
  'numbers-unmatched': { zh: '无法对应的序号未列出', en: 'row numbers that could not be matched left out' },
  'wrapped-cells': { zh: '跨行的单元格已接续', en: 'cells broken over lines joined' },
  'merged-cells': { zh: '连在一起的两个单元格已拆开', en: 'two cells run together split' },
  'split-cells': { zh: '断成两段的单元格已合并', en: 'a cell broken in two joined' },
  'repeated-header': { zh: '分页重复的表头只保留一次', en: 'header repeated at page breaks kept once' },
} satisfies Record<TableRepair, { zh: string; en: string }>);

export const repairText = (lang: 'zh' | 'en', repair: TableRepair) => REPAIRS(lang, repair);
