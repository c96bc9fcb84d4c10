// Step 1 of parsing: split a seed into content lines, set aside portal chrome, the portal's metadata
// block, page numbers and markdown markers (each recorded as a RemovedItem), and tell front matter,
// title, body and back matter apart.
import type { RemovedItem } from './document-types';
import { trimLine } from './flatten-text';
import { MARKDOWN_RULE } from './line-patterns';
import type { SeedProfile } from './parsing-profile';

export type Region = 'front' | 'title' | 'body' | 'back';

export interface ContentLine {
  /** 1-based seed line number. */
  lineNo: number;
  /** Line text without surrounding whitespace and markup. */
  text: string;
  region: Region;
}

export interface SeedLines {
  lines: ContentLine[];
  removed: RemovedItem[];
  /** key → value lines of the portal metadata block (索引号： …). */
  metadata: Record<string, string>;
}

export function splitSeedLines(seedText: string, profile: SeedProfile): SeedLines {
  const raw = seedText.split('\n');
  const removed: RemovedItem[] = [];
  const metadata: Record<string, string> = {};
  const removeLines = (kind: RemovedItem['kind'], from: number, to: number) =>
    removed.push({ kind, lines: [from + 1, to + 1], text: raw.slice(from, to + 1).join('\n') });
  const findFrom = (start: number, pattern: RegExp) => {
    for (let i = start; i < raw.length; i++) if (pattern.test(trimLine(raw[i]!))) return i;
    return -1;
  };

  let start = 0;
  let end = raw.length;
  if (profile.chromeUntil) {
    const i = findFrom(0, profile.chromeUntil);
    if (i > 0) removeLines('portal-chrome', 0, i - 1);
    start = Math.max(i, 0);
  }
  if (profile.metadataThrough) {
    const j = findFrom(start, profile.metadataThrough);
    if (j >= start) {
      for (let i = start; i <= j; i++) {
        const m = /^([^：:]+)[：:]\s*(.*)$/.exec(trimLine(raw[i]!));
        if (m) metadata[m[1]!.trim()] = m[2]!;
      }
      removeLines('metadata-block', start, j);
      start = j + 1;
    }
  }
  if (profile.chromeFrom) {
    const k = findFrom(start, profile.chromeFrom);
    if (k >= 0) {
      removeLines('portal-chrome', k, raw.length - 1);
      end = k;
    }
  }

  const lines: ContentLine[] = [];
  for (let i = start; i < end; i++) {
    const line = raw[i]!;
    const trimmed = trimLine(line);
    if (!trimmed) continue;
    if (profile.pageNumber.test(trimmed)) {
      removeLines('page-number', i, i);
      continue;
    }
    if (profile.markdown && MARKDOWN_RULE.test(trimmed)) {
      removeLines('markup', i, i);
      continue;
    }
    const text = profile.markdown ? stripMarkdown(line, i + 1, removed) : trimmed;
    lines.push({ lineNo: i + 1, text, region: 'body' });
  }

  assignRegions(lines, profile);
  return { lines, removed, metadata };
}

/** Removes leading `#…` and `**…**` around a heading, recording each marker with its column. */
function stripMarkdown(line: string, lineNo: number, removed: RemovedItem[]): string {
  const lead = /^[\s\u3000]*/.exec(line)![0].length;
  let body = line.slice(lead);
  let column = lead;
  const hashes = /^#+[ \t]*/.exec(body);
  if (hashes) {
    removed.push({ kind: 'markup', lines: [lineNo, lineNo], column, text: hashes[0] });
    body = body.slice(hashes[0].length);
    column += hashes[0].length;
  }
  const inner = trimLine(body);
  if (inner.length > 4 && inner.startsWith('**') && inner.endsWith('**')) {
    const open = body.indexOf('**');
    const close = body.lastIndexOf('**');
    removed.push({ kind: 'markup', lines: [lineNo, lineNo], column: column + open, text: '**' });
    removed.push({ kind: 'markup', lines: [lineNo, lineNo], column: column + close, text: '**' });
    body = body.slice(0, open) + body.slice(open + 2, close) + body.slice(close + 2);
  }
  return trimLine(body);
}

function assignRegions(lines: ContentLine[], profile: SeedProfile): void {
  let bodyStart = 0;
  const titles = profile.titleLines ?? [];
  if (titles.length) {
    const at = lines.findIndex((_, k) => titles.every((re, t) => lines[k + t] && re.test(lines[k + t]!.text)));
    if (at >= 0) {
      for (let k = 0; k < at; k++) lines[k]!.region = 'front';
      for (let t = 0; t < titles.length; t++) lines[at + t]!.region = 'title';
      bodyStart = at + titles.length;
    }
  }
  if (profile.backFrom) {
    let back = -1;
    for (let k = lines.length - 1; k >= bodyStart; k--) {
      if (profile.backFrom.test(lines[k]!.text)) {
        back = k;
        break;
      }
    }
    if (back >= 0) for (let k = back; k < lines.length; k++) lines[k]!.region = 'back';
  }
}
