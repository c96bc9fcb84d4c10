// Step 2 of parsing: group content lines into blocks (headings and paragraphs), joining the lines
// a PDF export or scrape broke inside a paragraph. Joining only concatenates the trimmed lines.
import type { HeadingKind } from './document-types';
import { LEAD_SENTENCE, LIST_ITEM, PARAGRAPH_END, TERMINAL_END, matchHeading, type HeadingMatch } from './line-patterns';
import type { ContentLine, Region } from './seed-lines';
import type { SeedProfile } from './parsing-profile';
import { emWidth } from './text-width';

export interface Block {
  region: Region;
  lines: ContentLine[];
  text: string;
  /** Set for headings (title blocks get kind 'title'). */
  heading?: HeadingMatch;
  /** Outline heading whose text opens a paragraph: 1.理顺…。强化… */
  runIn?: boolean;
  table?: boolean;
  /** [offset in text, seed line] for every line after the first. */
  lineStarts: [number, number][];
}

const STRUCTURAL: HeadingKind[] = ['preface', 'chapter', 'section', 'box'];
/** Front/back matter lines join only when they are long lines that end mid-sentence. */
const WRAPPED_MATTER_WIDTH = 18;
/** A line this many em short of the measure ends its paragraph (when it ends a sentence). */
const SHORT_LINE_EM = 3;

export function segmentBlocks(lines: ContentLine[], profile: Pick<SeedProfile, 'mode' | 'numbering' | 'preface'>): Block[] {
  const { mode, numbering } = profile;
  const headings = lines.map((l) => (l.region === 'body' ? matchHeading(l.text, numbering, profile.preface) : null));
  const measures = mode === 'pdf' ? localMeasures(lines, headings) : [];
  const tableLines = numbering === 'chapters' ? findTableLines(lines, headings) : new Set<number>();

  const blocks: Block[] = [];
  let current: Block | undefined;
  const open = (line: ContentLine, extra: Partial<Block> = {}) => {
    current = { region: line.region, lines: [line], text: line.text, lineStarts: [], ...extra };
    blocks.push(current);
  };
  const append = (line: ContentLine) => {
    current!.lineStarts.push([current!.text.length, line.lineNo]);
    current!.lines.push(line);
    current!.text += line.text;
  };

  lines.forEach((line, k) => {
    const prev = current;
    const last = prev?.lines[prev.lines.length - 1];
    if (!prev || !last || prev.region !== line.region) {
      return line.region === 'title' ? open(line, { heading: titleMatch() }) : openLine(line, k);
    }
    if (line.region === 'title') return append(line);
    const hm = headings[k];
    if (prev.heading && !prev.runIn) {
      // 第一章 坚决扛起蹚出新路来历史使命, / 奋力实现转型出雏型宏伟目标
      const continues = !hm && STRUCTURAL.includes(prev.heading.kind) && /[，,、]$/.test(last.text);
      return continues ? append(line) : openLine(line, k);
    }
    if (hm || prev.table || tableLines.has(k)) return openLine(line, k);
    if (mode === 'lines') return openLine(line, k);
    if (line.region !== 'body') {
      const wrapped = !TERMINAL_END.test(last.text) && emWidth(last.text) >= WRAPPED_MATTER_WIDTH;
      return wrapped ? append(line) : openLine(line, k);
    }
    if (mode === 'lines-join') return PARAGRAPH_END.test(last.text) ? openLine(line, k) : append(line);
    return pdfBreak(last, line, measures[k - 1] ?? 0, measures[k] ?? 0) ? openLine(line, k) : append(line);
  });
  return blocks;

  function openLine(line: ContentLine, k: number) {
    const hm = headings[k];
    if (!hm) return open(line, tableLines.has(k) ? { table: true } : {});
    const runIn = numbering === 'outline' && isRunIn(line.text, hm);
    return open(line, runIn ? { heading: hm, runIn } : { heading: hm });
  }
}

function titleMatch(): HeadingMatch {
  return { kind: 'title', number: '', labelLength: 0 };
}

/** （四）推动资源智能绿色安全开发。立足… — the label's sentence is followed by more text. */
function isRunIn(text: string, hm: HeadingMatch): boolean {
  const stop = text.indexOf('。', hm.labelLength);
  return stop >= 0 && stop < text.length - 1;
}

/**
 * PDF exports break every line at the measure; a paragraph ends only where a line ends a sentence
 * and either falls clearly short of the measure, or the next line is indented (2 em) or opens with
 * a short lead sentence (推动现代服务业融合发展。…).
 */
function pdfBreak(last: ContentLine, next: ContentLine, lastMeasure: number, nextMeasure: number): boolean {
  if (!TERMINAL_END.test(last.text)) return false;
  if (lastMeasure - emWidth(last.text) >= SHORT_LINE_EM) return true;
  if (LEAD_SENTENCE.test(next.text) || LIST_ITEM.test(next.text)) return true;
  const indent = nextMeasure - emWidth(next.text);
  return indent >= 2 && indent <= 4 && !TERMINAL_END.test(next.text);
}

/**
 * The measure (full line width) around each line: the third-widest of the nearby lines in the same
 * stretch of text (boxes are set wider than the body; headings restart the stretch).
 */
function localMeasures(lines: ContentLine[], headings: (HeadingMatch | null)[]): number[] {
  const zone: number[] = [];
  let z = 0;
  lines.forEach((l, k) => {
    if (headings[k] || l.region !== lines[k - 1]?.region) z++;
    zone.push(z);
  });
  const widths = lines.map((l) => emWidth(l.text));
  return lines.map((_, k) => {
    const near: number[] = [];
    for (let j = Math.max(0, k - 6); j <= Math.min(lines.length - 1, k + 6); j++) {
      if (zone[j] === zone[k] && !headings[j]) near.push(widths[j]!);
    }
    near.sort((a, b) => b - a);
    return near[Math.min(2, near.length - 1)] ?? widths[k]!;
  });
}

/**
 * Lines of 专栏 boxes that are indicator tables: the export ran their cells together, so many lines
 * are single cells (类, 1, 2020年) or space-separated cell runs. Each table line becomes its own
 * paragraph, flagged 'table'; the notes under a table (注:…) are prose again.
 */
function findTableLines(lines: ContentLine[], headings: (HeadingMatch | null)[]): Set<number> {
  const table = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    if (headings[k]?.kind !== 'box') continue;
    let end = k + 1;
    while (end < lines.length && !headings[end] && lines[end]!.region === 'body') end++;
    const inside = lines.slice(k + 1, end);
    const cells = inside.filter((l) => l.text.includes(' ') || l.text.length <= 4).length;
    if (inside.length && cells / inside.length >= 0.3) {
      for (let j = k + 1; j < end && !/^注[:：]/.test(lines[j]!.text); j++) table.add(j);
    }
    k = end - 1;
  }
  return table;
}
