// The plan registry (data/plans/<seed stem>.json): everything the code knows about a plan, as data.
// Format and rules: data/plans/README.md. Checked by validate-plan-entry.ts.
import type { ParagraphFlag } from '../documents/document-types';
import type { ParseRecord } from '../documents/parse-record';

/**
 * pdf        — PDF export: lines broken at the page width, joined by width and punctuation.
 * lines      — web scrape: every line is a paragraph (truncations are damage, not breaks).
 * lines-join — every line is a paragraph unless it ends mid-sentence.
 */
export type LayoutMode = 'pdf' | 'lines' | 'lines-join';

/** How headings are numbered: 第X章/第X节/专栏N, or 一、/（一）/1. */
export type Numbering = 'chapters' | 'outline';

export interface KnownDamage {
  /** Text the paragraph (or heading) contains; must pick exactly one. */
  contains: string;
  flags: ParagraphFlag[];
  note: string;
}

/**
 * The header of a 专栏 table, which the export scattered over lines (序/号, 规划目标 实现情况, …):
 * the column headings and the headings over several columns, as their text appears in the header
 * lines (spaces aside). The rows are rebuilt from the lines themselves.
 */
export interface TableProfile {
  /** The box's number as written: 专栏1. */
  box: string;
  columns: string[];
  columnGroups?: { text: string; from: number; span: number }[];
}

/** The parsing profile as written in the registry: patterns are regular-expression source strings. */
export interface ParsingProfileData {
  layout: LayoutMode;
  /** Defaults: `chapters` for pdf, `outline` for the others. */
  numbering?: Numbering;
  /** The preface heading's text (前言, 序言); default 前言. */
  preface?: string;
  /** Page-number lines (removed); default: —41— style. */
  pageNumber?: string;
  /** Consecutive content lines that form the title. */
  titleLines?: string[];
  /** Portal chrome: everything before the first line matching this. */
  chromeUntil?: string;
  /** Portal metadata block: from the chrome's end through the line matching this. */
  metadataThrough?: string;
  /** Portal chrome: the first line matching this and everything after it. */
  chromeFrom?: string;
  /** Back matter (signature, distribution list) starts at the last line matching this. */
  backFrom?: string;
  /** Markdown-like markers (#, **, ---) to strip. */
  markdown?: boolean;
  damage?: KnownDamage[];
  tables?: TableProfile[];
}

export interface Names { zh: string; en: string }

export interface PlanEntry {
  /** Seed stem: `seeds/<id>.txt`. */
  id: string;
  /** Position in time order (1 = oldest); unique. */
  order: number;
  title: Names;
  shortTitle: Names;
  /** Present when the text has no title line: why the title is what it is. */
  titleInferred?: { note: string };
  /** Only as the text states them (verbatim); absent otherwise. */
  issuer?: string;
  docNumber?: string;
  /** The official publication's web address, only where one is known (the seed text states it); never guessed. */
  url?: string;
  /** Issue date, YYYY-MM-DD (成文日期, else the 印发 date), as the text states it. */
  date?: string;
  /** First and last year of the plan period, as the text states them. */
  period?: [number, number];
  /** Where a field comes from when the text does not state it in so many words. */
  note?: string;
  /** #rrggbb */
  colour: string;
  /** Frame ids that tell this plan's part of the province's story (tour and compare), in order. */
  story?: string[];
  parsing: ParsingProfileData;
  /** What the parser made of the text when it was last reviewed (counts); a unit test compares each parse with it. */
  parsed?: ParseRecord;
}
