// Seed text → PlanDocument, by the plan's parsing profile (from the registry). Pure: the caller reads
// the file. A text the profile cannot structure throws a StructureError with the seed line.
//
// Cleaning never rewrites. Headings (except run-in ones) and paragraphs, concatenated in seed order,
// equal the seed after (1) deleting every RemovedItem — portal chrome and metadata block (000), page
// numbers, markdown markers # ** --- — and (2) deleting every line break together
// with the spaces/tabs/U+3000 around it (flattenText). Paragraph boundaries fall between lines.
import type { Heading, Paragraph, ParagraphFlag, PlanDocument } from './document-types';
import { detectFlags, applyKnownDamage } from './detect-damage';
import { extractMetadata } from './extract-metadata';
import type { SeedProfile } from './parsing-profile';
import { checkStructure } from './check-structure';
import { matchHeading } from './line-patterns';
import { segmentBlocks, type Block } from './segment-blocks';
import { splitSeedLines } from './seed-lines';
import { rebuildTables } from './rebuild-tables';

const LEVEL: Record<Heading['kind'], number> = {
  title: 0,
  preface: 1,
  part: 1,
  chapter: 1,
  section: 2,
  item: 2,
  subitem: 3,
  box: 3,
};

export function parseDocument(
  id: string,
  seedText: string,
  profile: SeedProfile,
): PlanDocument {
  const { lines, removed, metadata } = splitSeedLines(seedText, profile);
  const blocks = segmentBlocks(lines, profile);

  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const stack: Heading[] = [];
  for (const block of blocks) {
    if (block.heading) {
      const heading = toHeading(block, headings.length, paragraphs.length, stack);
      headings.push(heading);
      if (heading.kind !== 'title') stack.push(heading);
      if (!block.runIn) continue;
    }
    paragraphs.push(toParagraph(block, paragraphs.length, stack));
  }

  // 第X章 / 第X节 never number a list, so in an outline-numbered profile they mean the profile is wrong
  // (一、 and 1. do number lists inside chapters, so the converse is not checked).
  const chapterLine = (text: string) => profile.numbering === 'outline' && ['chapter', 'section'].includes(matchHeading(text, 'chapters')?.kind ?? '');
  checkStructure(headings, paragraphs, structureHint(profile), chapterLine);
  detectFlags(paragraphs, profile.mode);
  applyKnownDamage(profile, paragraphs, headings);
  const meta = extractMetadata(profile, headings, paragraphs, metadata);
  const tables = profile.tables ? rebuildTables(headings, paragraphs, profile.tables) : undefined;
  return { id, ...meta, headings, paragraphs, ...(tables ? { tables } : {}), removed };
}

function structureHint(profile: SeedProfile): string {
  const expected = profile.numbering === 'chapters' ? `第X章 / 第X节 / 专栏N / ${profile.preface}` : '一、 / （一） / 1.';
  return `parsing.numbering is «${profile.numbering}» (${expected}), parsing.layout «${profile.mode}»; check them in the plan's registry entry`;
}

function toHeading(block: Block, index: number, paragraphIndex: number, stack: Heading[]): Heading {
  const hm = block.heading!;
  const level = hm.kind === 'box' ? boxLevel(stack) : LEVEL[hm.kind];
  while (stack.length && stack.at(-1)!.level >= level) stack.pop();
  const first = block.lines[0]!.lineNo;
  const last = block.lines.at(-1)!.lineNo;
  const heading: Heading = {
    id: `h${String(index).padStart(3, '0')}`,
    kind: hm.kind,
    level,
    text: block.runIn ? block.text.slice(0, block.text.indexOf('。', hm.labelLength)) : block.text,
    paragraphIndex,
    lines: block.runIn ? [first, first] : [first, last],
  };
  if (hm.number) heading.number = hm.number;
  const parent = hm.kind === 'title' ? undefined : stack.at(-1);
  if (parent) heading.parentId = parent.id;
  if (block.runIn) heading.runIn = true;
  return heading;
}

/** A 专栏 box sits one level below the chapter/section it closes; consecutive boxes are siblings. */
function boxLevel(stack: Heading[]): number {
  const top = stack.at(-1);
  if (!top) return 1;
  return top.kind === 'box' ? top.level : top.level + 1;
}

function toParagraph(block: Block, index: number, stack: Heading[]): Paragraph {
  const paragraph: Paragraph = {
    id: `p${String(index).padStart(4, '0')}`,
    text: block.text,
    headingPath: block.region === 'body' ? stack.map((h) => h.id) : [],
    lines: [block.lines[0]!.lineNo, block.lines.at(-1)!.lineNo],
  };
  if (block.lineStarts.length) paragraph.lineStarts = block.lineStarts;
  if (block.region === 'front' || block.region === 'back') paragraph.part = block.region;
  const flags: ParagraphFlag[] = block.table ? ['table'] : [];
  if (flags.length) paragraph.flags = flags;
  return paragraph;
}
