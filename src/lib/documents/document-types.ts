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

export interface PlanDocument {
  /** Seed stem, e.g. `004_aa2157c6271cc221`. */
  id: string;
  title: DocumentTitle;
  issuer?: string;
  docNumber?: string;
  dates?: DocumentDates;
  /** Key/value pairs the text states (portal metadata block, notice title, …), verbatim. */
  metadata: Record<string, string>;
  headings: Heading[];
  paragraphs: Paragraph[];
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
  /** Year the plan was issued. */
  year: number;
}
