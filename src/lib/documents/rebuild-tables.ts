// Rebuilds the tables of 专栏 boxes from the lines the PDF export left of them. The export wrote
// each table cell by cell: cells of one row run together with single spaces, long cells broken over
// lines, a category set one character per line (经/济/发/展), row numbers listed apart from their
// rows, the header scattered and repeated at each page. Every cell stays verbatim: it is a run of
// characters of the table's lines (paragraphs), joined without anything added.
import type { CellPart, DocumentTable, Heading, Paragraph, TableCell, TableRepair, TableRow } from './document-types';
import type { TableProfile } from './parsing-profile';

interface Line { paragraph: Paragraph; lineNo: number; text: string }

const HAN = /^\p{Script=Han}$/u;
const INTEGER = /^\d+$/;
const squeeze = (s: string) => s.replace(/\s+/g, '');

const cellOf = (parts: CellPart[], texts: Map<string, string>): TableCell => ({
  text: parts.map((p) => texts.get(p.paragraphId)!.slice(p.start, p.end)).join(''),
  parts,
});
const EMPTY: TableCell = { text: '', parts: [] };

/** Tokens of a line: cells run together with one space (two or more spaces stay inside a cell: 指  标). */
function tokens(line: Line): CellPart[] {
  const out: CellPart[] = [];
  const re = /(?:[^ ]| {2,}(?=[^ ]))+/g;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) out.push({ paragraphId: line.paragraph.id, start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether a cell broken at a line end goes on in the next line (…经 / 费投入强度, 10/200/ / 100/230). */
const continues = (before: string, after: string) => /\/$/.test(before) || (/[\p{Script=Han}）)、，,]$/u.test(before) && /^[\p{Script=Han}（(]/u.test(after));

/** The values that end a row: the last cells of full lines that recur (预期性, 约束性). */
function rowEnds(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const cells = l.text.split(/ (?! )/);
    const last = cells.at(-1)!;
    if (cells.length >= 3 && !/[\d-]/.test(last)) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([v]) => v));
}

interface Item {
  kind: 'row' | 'label';
  /** Cells as read: chunks of consecutive joined lines, split at single spaces. */
  cells: CellPart[][];
  /** The row's own number when the export put it on the line just before the row. */
  number?: CellPart[];
  category?: CellPart[];
  /** Index of the category segment the item is in. */
  segment: number;
  firstWord: string;
}

export function rebuildTables(headings: Heading[], paragraphs: Paragraph[], profiles: TableProfile[]): DocumentTable[] {
  const texts = new Map(paragraphs.map((p) => [p.id, p.text]));
  const tables: DocumentTable[] = [];
  for (const profile of profiles) {
    const box = headings.find((h) => h.kind === 'box' && squeeze(h.number ?? '') === squeeze(profile.box));
    if (!box) throw new Error(`Table profile: no box ${profile.box}`);
    const lines = paragraphs
      .filter((p) => p.flags?.includes('table') && p.headingPath.at(-1) === box.id)
      .map((p) => ({ paragraph: p, lineNo: p.lines[0], text: p.text }));
    if (!lines.length) throw new Error(`Table profile: ${profile.box} has no table lines`);
    tables.push(rebuildTable(`t${String(tables.length + 1).padStart(2, '0')}`, box, lines, profile, texts));
  }
  return tables;
}

function rebuildTable(id: string, box: Heading, lines: Line[], profile: TableProfile, texts: Map<string, string>): DocumentTable {
  const repairs = new Set<TableRepair>();
  const { size: headerSize, header } = findHeader(lines, profile);
  const locate = (text: string, from: number) => {
    const at = header.text.indexOf(squeeze(text), from);
    if (at < 0) throw new Error(`Table ${profile.box}: header has no «${text}» in order`);
    return at;
  };
  let at = 0;
  const columns = profile.columns.map((c) => {
    at = locate(c, at);
    const parts = header.partsAt(at, squeeze(c).length);
    at += squeeze(c).length;
    return cellOf(parts, texts);
  });
  const columnGroups = (profile.columnGroups ?? []).map((g) => ({ cell: cellOf(header.partsAt(locate(g.text, 0), squeeze(g.text).length), texts), from: g.from, span: g.span }));
  if (lines.slice(0, headerSize).some((l) => l.text.length === 1)) repairs.add('vertical-text');

  const ends = rowEnds(lines);
  const items: Item[] = [];
  const loose: CellPart[][][] = [[]]; // numbers listed apart, per segment
  let segment = 0;
  let category: CellPart[] | undefined;
  let vertical: CellPart[] = [];
  let open: Item | undefined;
  let lastLine = -1;
  const endsRow = (line: Line) => ends.has(line.text.split(/ (?! )/).at(-1)!);

  for (let i = headerSize; i < lines.length; i++) {
    const line = lines[i]!;
    if (!open && i + headerSize <= lines.length && squeeze(lines.slice(i, i + headerSize).map((l) => l.text).join('')) === header.text) {
      repairs.add('repeated-header');
      i += headerSize - 1;
      continue;
    }
    const next = lines[i + 1];
    if (!open && HAN.test(line.text)) {
      vertical.push({ paragraphId: line.paragraph.id, start: 0, end: 1 });
      if (!next || !HAN.test(next.text)) {
        category = vertical;
        vertical = [];
        segment++;
        loose[segment] = [];
        repairs.add('vertical-text');
      }
      continue;
    }
    if (!open && INTEGER.test(line.text)) {
      const number = [{ paragraphId: line.paragraph.id, start: 0, end: line.text.length }];
      if (next && next.lineNo === line.lineNo + 1 && !INTEGER.test(next.text)) {
        open = { kind: 'row', cells: [], number, category, segment, firstWord: '' };
        items.push(open);
        lastLine = line.lineNo;
      } else loose[segment]!.push(number);
      continue;
    }
    if (!open) {
      const label = !line.text.includes(' ') && !endsRow(line) && (!next || next.lineNo > line.lineNo + 1);
      open = { kind: label ? 'label' : 'row', cells: [], category, segment, firstWord: line.text };
      items.push(open);
      lastLine = -1;
    }
    const parts = tokens(line);
    const previous = open.cells.at(-1);
    if (previous && line.lineNo === lastLine + 1 && !ends.has(line.text.split(/ (?! )/)[0]!) && continues(texts.get(previous.at(-1)!.paragraphId)!.slice(0, previous.at(-1)!.end), line.text)) {
      previous.push(parts.shift()!);
      repairs.add('wrapped-cells');
    }
    open.cells.push(...parts.map((p) => [p]));
    lastLine = line.lineNo;
    if (open.kind === 'label' || endsRow(line)) open = undefined;
  }

  assignLooseNumbers(items, loose, repairs);
  const rows = items.map((item) => toRow(item, profile.columns.length, texts, repairs));
  return { id, headingId: box.id, caption: box.text, paragraphIds: lines.map((l) => l.paragraph.id), columns, columnGroups, rows, repairs: [...repairs] };
}

/** The header: the fewest first lines whose text holds the column headings in order and the groups. */
function findHeader(lines: Line[], profile: TableProfile) {
  for (let size = 1; size <= lines.length; size++) {
    const part = lines.slice(0, size);
    const text = squeeze(part.map((l) => l.text).join(''));
    let at = 0;
    const ordered = profile.columns.every((c) => (at = text.indexOf(squeeze(c), at)) >= 0 && (at += squeeze(c).length) > 0);
    if (!ordered || !(profile.columnGroups ?? []).every((g) => text.includes(squeeze(g.text)))) continue;
    // Character k of the squeezed text → its place in a line.
    const places: CellPart[] = part.flatMap((l) => [...l.text].flatMap((ch, k) => (/\s/.test(ch) ? [] : [{ paragraphId: l.paragraph.id, start: k, end: k + 1 }])));
    const partsAt = (from: number, length: number): CellPart[] => {
      const out: CellPart[] = [];
      for (const p of places.slice(from, from + length)) {
        const last = out.at(-1);
        if (last && last.paragraphId === p.paragraphId && (last.end === p.start || /^\s+$/.test(lineText(lines, p.paragraphId).slice(last.end, p.start)))) last.end = p.end;
        else out.push({ ...p });
      }
      return out;
    };
    return { size, header: { text, partsAt } };
  }
  throw new Error(`Table ${profile.box}: no header with ${profile.columns.join(' | ')}`);
}

const lineText = (lines: Line[], paragraphId: string) => lines.find((l) => l.paragraph.id === paragraphId)!.text;

/**
 * Row numbers listed apart (all of a category's numbers before its rows) go to the category's rows
 * and labels in order. Fewer numbers than items means some rows stand under a label (城镇化率 over
 * 常住人口城镇化率 and 户籍人口城镇化率) and take none; which ones is settled only when the count allows
 * one reading, or when rows name their label's words (教育发展 → 学前教育毛入园率); otherwise none.
 */
function assignLooseNumbers(items: Item[], loose: CellPart[][][], repairs: Set<TableRepair>): void {
  loose.forEach((numbers, segment) => {
    if (!numbers.length) return;
    const members = items.filter((it) => it.segment === segment && !it.number);
    const under = underLabels(members, members.length - numbers.length);
    if (!under) { repairs.add('numbers-unmatched'); return; }
    const numbered = members.filter((it) => !under.has(it));
    if (numbered.length !== numbers.length) { repairs.add('numbers-unmatched'); return; }
    numbered.forEach((it, k) => { it.number = numbers[k]; });
    for (const it of under) it.number = [];
    repairs.add('numbers-apart');
  });
}

/** The rows that stand under a label (without a number of their own), `count` in all; null if unsure. */
function underLabels(members: Item[], count: number): Set<Item> | null {
  if (count === 0) return new Set();
  const labels = members.map((it, k) => (it.kind === 'label' ? k : -1)).filter((k) => k >= 0);
  if (!labels.length || count < 0) return null;
  // The rows after each label, up to the next label.
  const runs = labels.map((k, j) => members.slice(k + 1, labels[j + 1] ?? members.length).filter((it) => it.kind === 'row'));
  const take = (sizes: number[]) => new Set(runs.flatMap((run, j) => run.slice(0, sizes[j])));
  const full = runs.map((r) => r.length);
  if (full.reduce((a, b) => a + b, 0) === count) return take(full);
  // Rows that share a two-character word with their label; the last label takes what is left.
  const sizes = runs.map((run, j) => {
    const words = new Set([...members[labels[j]!]!.firstWord].slice(0, -1).map((c, k) => c + [...members[labels[j]!]!.firstWord][k + 1]));
    let n = 0;
    while (n < run.length && [...words].some((w) => run[n]!.firstWord.includes(w))) n++;
    return Math.max(1, n);
  });
  const rest = count - sizes.slice(0, -1).reduce((a, b) => a + b, 0);
  if (rest < 1 || rest > runs.at(-1)!.length) return null;
  sizes[sizes.length - 1] = rest;
  return take(sizes);
}

function toRow(item: Item, width: number, texts: Map<string, string>, repairs: Set<TableRepair>): TableRow {
  const lead: CellPart[][] = [];
  if (item.category) lead.push(item.category);
  if (item.number) lead.push(item.number);
  const cells = fit([...item.cells], width - lead.length, texts, repairs);
  if (item.kind === 'label' && !lead.length) return { kind: 'section', cells: cells.map((c) => cellOf(c, texts)) };
  const row = [...lead, ...cells].map((c) => cellOf(c, texts));
  while (row.length < width) row.push(EMPTY);
  return { kind: item.kind === 'label' ? 'label' : 'data', cells: row };
}

const textOf = (cell: CellPart[], texts: Map<string, string>) => cell.map((p) => texts.get(p.paragraphId)!.slice(p.start, p.end)).join('');

/** Splits cells run together, or joins a cell broken in two, until the row has `width` cells. */
function fit(cells: CellPart[][], width: number, texts: Map<string, string>, repairs: Set<TableRepair>): CellPart[][] {
  // 6.5左右17651.9 → 6.5左右 | 17651.9 (never in the first cell, the row's name).
  for (let k = 1; cells.length < width && k < cells.length; k++) {
    const cell = cells[k]!;
    if (cell.length !== 1) continue;
    const m = /^(.*?[\p{Script=Han}\]])(?=[\d<>])/u.exec(textOf(cell, texts));
    if (!m || m[1]!.length === textOf(cell, texts).length || !/\d/.test(m[1]!)) continue;
    const [p] = cell;
    cells.splice(k, 1, [{ ...p!, end: p!.start + m[1]!.length }], [{ ...p!, start: p!.start + m[1]!.length }]);
    repairs.add('merged-cells');
  }
  // 控制在 | 0.2以下 → 控制在0.2以下: a cell of words alone joins the cell after it.
  for (let k = 1; cells.length > width && k < cells.length - 1; k++) {
    if (/^\p{Script=Han}+$/u.test(textOf(cells[k]!, texts))) {
      cells.splice(k, 2, [...cells[k]!, ...cells[k + 1]!]);
      repairs.add('split-cells');
      k--;
    }
  }
  return cells;
}
