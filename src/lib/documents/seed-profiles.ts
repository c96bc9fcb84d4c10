// What each seed needs beyond the generic rules: how its lines are laid out, where the portal
// chrome / front / back matter are, its title when the text has none, and damage only a reader sees.
import type { ParagraphFlag } from './document-types';

/**
 * pdf        — PDF export: lines broken at the page width, joined by width and punctuation; 章/节/专栏.
 * lines      — web scrape: every line is a paragraph (truncations are damage, not breaks); 一、/（一）.
 * lines-join — every line is a paragraph unless it ends mid-sentence; 一、/（一）/1.
 */
export type LayoutMode = 'pdf' | 'lines' | 'lines-join';

export interface KnownDamage {
  /** Text the paragraph (or heading) contains; must pick exactly one. */
  contains: string;
  flags: ParagraphFlag[];
  note: string;
}

/**
 * The header of a 专栏 table, which the export scattered over lines (序/号, 规划目标 实现情况, …):
 * the column headings and the headings over several columns, each as its text appears in the
 * header lines (spaces aside). The rows are rebuilt from the lines themselves.
 */
export interface TableProfile {
  /** The box's number as written: 专栏1. */
  box: string;
  columns: string[];
  columnGroups?: { text: string; from: number; span: number }[];
}

export interface SeedProfile {
  mode: LayoutMode;
  shortTitleEn: string;
  /** Years the plan covers, and the year it was issued. */
  years: [number, number];
  year: number;
  /** Consecutive content lines that form the title (matched after trimming/markup removal). */
  titleLines?: RegExp[];
  /** Used when the seed has no title line. */
  inferredTitle?: { text: string; note: string };
  /** Portal chrome: everything before the first line matching this. */
  chromeUntil?: RegExp;
  /** Portal metadata block: from the chrome's end through the line matching this. */
  metadataThrough?: RegExp;
  /** Portal chrome: the first line matching this and everything after it. */
  chromeFrom?: RegExp;
  /** Back matter (signature, distribution list) starts at the last line matching this. */
  backFrom?: RegExp;
  /** Markdown-like markers (#, **, ---) to strip. */
  markdown?: boolean;
  damage?: KnownDamage[];
  tables?: TableProfile[];
}

export const SEED_PROFILES: Record<string, SeedProfile> = {
  '000_a5e27ec903d85b1c': {
    mode: 'lines',
    shortTitleEn: 'Resource-based regions: high-quality development (14th FYP)',
    years: [2021, 2025],
    year: 2022,
    titleLines: [/^山西省推进资源型地区高质量发展“十四五”实施方案$/],
    chromeUntil: /^索引号：/,
    metadataThrough: /^是否有效：/,
    chromeFrom: /^附件：$/,
    damage: [
      {
        contains: '易创新发展试点城市和临空经济区。',
        flags: ['fragment'],
        note: 'starts mid-sentence; the scrape lost the rest of item (二十二) and spliced two sentences (港口的单位：)',
      },
    ],
  },
  '001_15f55f8f4accb0ee': {
    mode: 'pdf',
    shortTitleEn: '14th Five-Year Plan and 2035 Vision Outline',
    years: [2021, 2035],
    year: 2021,
    titleLines: [/^山西省国民经济和社会发展$/, /^第十四个五年规划和2035年远景目标纲要$/],
    backFrom: /^抄送/,
    tables: [
      {
        box: '专栏1',
        columns: ['类别', '序号', '指  标', '2015年', '2020年', '累计或年均增长', '2020年', '累计或年均增长', '属性'],
        columnGroups: [{ text: '规划目标', from: 4, span: 2 }, { text: '实现情况', from: 6, span: 2 }],
      },
      { box: '专栏2', columns: ['序号', '指标名称', '2020年', '2025年目标', '年均增长/累计', '属性'] },
    ],
    damage: [
      {
        contains: '全面退出劣桋类',
        flags: ['stray-glyph'],
        note: '桋 stands for Ⅴ (劣Ⅴ类 water; the indicator table spells it 劣V类)',
      },
    ],
  },
  '002_b0d980706116bad9': {
    mode: 'lines-join',
    shortTitleEn: 'Guiding Opinions on Regional Coordinated Development',
    years: [2019, 2050],
    year: 2019,
    titleLines: [/^山西省人民政府 关于促进区域协调发展的指导意见$/],
    backFrom: /^山西省人民政府$/,
    markdown: true,
    damage: [
      {
        contains: '深入贯彻落实实党的十九大精神',
        flags: ['repeated'],
        note: '实 doubled where the export broke the line (落实 / 实党)',
      },
    ],
  },
  '003_466db7900b38b0e9': {
    mode: 'lines-join',
    shortTitleEn: 'Transformation Reform Pilot Zone Implementation Plan',
    years: [2013, 2015],
    year: 2013,
    inferredTitle: {
      text: '山西省国家资源型经济转型综合配套改革试验实施方案（2013—2015年）',
      note: 'No title line. The text calls itself 本方案 / 《实施方案》, implements the 《总体方案》 for the last three years of the 12th FYP (2013–2015); the full title is from outside knowledge.',
    },
  },
  '004_aa2157c6271cc221': {
    mode: 'pdf',
    shortTitleEn: 'Central Shanxi City Cluster Plan',
    years: [2022, 2035],
    year: 2022,
    inferredTitle: {
      text: '山西中部城市群高质量发展规划（2022—2035年）',
      note: 'No title line. The text says 制定本规划 for 山西中部城市群高质量发展 and 规划期限为2022—2035年; the wording of the title is from outside knowledge.',
    },
    backFrom: /^抄送/,
    damage: [
      {
        contains: '第二节 创新要素合理流动机',
        flags: ['truncated'],
        note: 'section heading cut off (…流动机制); its last character turns up in a later paragraph',
      },
      {
        contains: '制持续提高土地要素配置效率。',
        flags: ['misplaced'],
        note: 'opens with 制, the character missing from the heading 第二节 创新要素合理流动机',
      },
    ],
  },
};
