// Shared types for the parsed plan documents (seeds/*.txt → PlanDocument).

/** How a heading is numbered in its plan. */
export type HeadingKind =
  | 'title' // the document's own title line(s)
  | 'preface' // 前言
  | 'part' // 一、
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'item' // （一）
  | 'subitem' // 1.
  | 'box'; // 专栏1

export interface Heading {
  /** Stable short id: `h` + zero-padded index, e.g. `h007`. */
  id: string;
  kind: HeadingKind;
  /** 0 = title, 1 = part/chapter/preface, 2 = section/item, 3 = subitem/box inside a section. */
  level: number;
  /** Verbatim seed text (whitespace around PDF line breaks removed). */
  text: string;
  /** Numeral label as written: 第三章, 第二节, 一, （十三）, 1, 专栏1. */
  number?: string;
  parentId?: string;
  /** Index of the first paragraph that follows (or, for run-in headings, contains) the heading. */
  paragraphIndex: number;
  /** Run-in heading: its text is the opening of paragraph `paragraphIndex`, not separate seed text. */
  runIn?: true;
  lines: [number, number];
  flags?: ParagraphFlag[];
}

/**
 * Damage in the source, kept verbatim and flagged:
 * repeated — a sentence (or character run at a line break) repeated by the scrape/export;
 * truncated — text ends mid-sentence (the rest is lost);
 * fragment — text starts mid-sentence (the beginning is lost);
 * misplaced — opens with a character the export moved from elsewhere (a heading's last character);
 * stray-glyph — contains a glyph standing for another symbol (e.g. 桋 for Ⅴ);
 * table — a line of a table flattened by the PDF export (cells run together).
 */
export type ParagraphFlag = 'repeated' | 'truncated' | 'fragment' | 'misplaced' | 'stray-glyph' | 'table';

/** Where a paragraph sits: before the body (notice, addressee), the body, or after it (signature, distribution). */
export type ParagraphPart = 'front' | 'body' | 'back';

export interface Paragraph {
  /** `p` + zero-padded index, e.g. `p0042`: stable across builds of the same seed. */
  id: string;
  text: string;
  /** Ids of the enclosing headings, outermost first (run-in heading of this paragraph included). */
  headingPath: string[];
  /** First and last seed line (1-based). */
  lines: [number, number];
  /** [offset in text, seed line] where each further seed line begins; absent for one-line paragraphs. */
  lineStarts?: [number, number][];
  part?: Exclude<ParagraphPart, 'body'>;
  flags?: ParagraphFlag[];
}

/**
 * Text dropped by cleaning besides line breaks. Line breaks, and the spaces/tabs/U+3000 around them,
 * are always removed (see flattenText); everything else removed is listed here.
 */
export type RemovedKind = 'page-number' | 'portal-chrome' | 'metadata-block' | 'markup';

export interface RemovedItem {
  kind: RemovedKind;
  /** Seed lines (1-based). A partial-line removal has lines[0] === lines[1] and a column. */
  lines: [number, number];
  /** 0-based character offset within the line, for partial-line removals (markdown markers). */
  column?: number;
  text: string;
}

export interface DocumentTitle {
  text: string;
  /** True when the seed has no title line and the title comes from its text or outside knowledge. */
  inferred: boolean;
  note?: string;
}

export interface DocumentDates {
  /** 成文日期 / date under the signature, ISO yyyy-mm-dd. */
  written?: string;
  /** 发布日期 (portal). */
  published?: string;
  /** 印发 date of the distribution line. */
  printed?: string;
}

/** Where a table cell's text sits: characters [start, end) of a paragraph (one seed line of the table). */
export interface CellPart { paragraphId: string; start: number; end: number }

/** A cell: its text is the verbatim concatenation of its parts (empty cell: no parts). */
export interface TableCell { text: string; parts: CellPart[] }

/**
 * data — one row of cells; label — a row label standing over the rows after it (城镇化率), with
 * whatever leading cells it has; section — a label spanning the whole table (一、经济发展(6个)).
 */
export interface TableRow { kind: 'data' | 'label' | 'section'; cells: TableCell[] }

/**
 * What rebuilding a table from the export's lines repaired:
 * vertical-text — a cell set one character per line (类/别, 经/济/发/展), joined;
 * numbers-apart — row numbers (序号) listed apart from their rows, matched to the rows in order;
 * numbers-unmatched — row numbers listed apart that could not be matched to rows, left out;
 * wrapped-cells — a cell broken over lines, joined;
 * merged-cells — two cells run together (6.5左右17651.9), split;
 * split-cells — one cell broken into two (控制在 / 0.2以下), joined;
 * repeated-header — the header repeated at page breaks, kept once.
 */
export type TableRepair = 'vertical-text' | 'numbers-apart' | 'numbers-unmatched' | 'wrapped-cells' | 'merged-cells' | 'split-cells' | 'repeated-header';

/** A table of a 专栏 box, rebuilt from its lines (each a paragraph flagged 'table'). */
export interface DocumentTable {
  /** `t` + index, e.g. `t01`. */
  id: string;
  /** The box heading the table belongs to; its text is the caption. */
  headingId: string;
  caption: string;
  /** Every paragraph the table was rebuilt from (header lines included), in order. */
  paragraphIds: string[];
  columns: TableCell[];
  /** Header cells spanning several columns (规划目标 over 2020年 and 累计或年均增长). */
  columnGroups: { cell: TableCell; from: number; span: number }[];
  rows: TableRow[];
  repairs: TableRepair[];
}

export interface PlanDocument {
  /** Seed stem: the plan text's file name in `seeds/` without `.txt` (`<NNN>_<hash>`). */
  id: string;
  title: DocumentTitle;
  issuer?: string;
  docNumber?: string;
  dates?: DocumentDates;
  /** Key/value pairs the text states (portal metadata block, notice title, …), verbatim. */
  metadata: Record<string, string>;
  headings: Heading[];
  paragraphs: Paragraph[];
  /** Tables of 专栏 boxes rebuilt from their damaged lines; their paragraphs stay in `paragraphs`. */
  tables?: DocumentTable[];
  removed: RemovedItem[];
}

/** Summary for the document index (public/data/documents/index.json). */
export interface DocumentSummary {
  id: string;
  title: string;
  titleInferred: boolean;
  shortTitleEn: string;
  /** First and last year the plan covers. */
  years: [number, number];
  /** Year the plan was issued (the period's first year when no date is stated). */
  year: number;
}
