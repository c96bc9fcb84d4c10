// Builds the plan-text index (text-index.ts) from the plans' paragraphs, in the search index's document
// order: the character shards and the paragraph chunks the build writes to data/search/.
import { PARAGRAPHS_PER_CHUNK, charShard, foldCase, shardCount, writeNumbers, type CharShard, type ParagraphRow, type TextLayout } from './text-index';

export interface IndexedDocument { id: string; paragraphs: { id: string; text: string }[] }

export interface BuiltTextIndex { layout: TextLayout; shards: CharShard[]; chunks: ParagraphRow[][] }

/** Characters in the corpus: what sets the shard count (the search index states it without building). */
const characters = (documents: IndexedDocument[]): number =>
  documents.reduce((n, d) => n + d.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);

export const textLayout = (documents: IndexedDocument[]): TextLayout => ({ shards: shardCount(characters(documents)), chunk: PARAGRAPHS_PER_CHUNK });

export function buildTextIndex(documents: IndexedDocument[]): BuiltTextIndex {
  const layout = textLayout(documents);
  const rows: ParagraphRow[] = documents.flatMap((d) => d.paragraphs.map((p) => ({ doc: d.id, id: p.id, text: p.text })));
  // Each character's occurrences, coded as they are met (paragraph then offset order).
  const coded = new Map<string, { numbers: number[]; paragraph: number; offset: number }>();
  rows.forEach((row, paragraph) => {
    const text = foldCase(row.text);
    for (let offset = 0; offset < text.length; offset++) {
      const unit = text[offset];
      let entry = coded.get(unit);
      if (!entry) coded.set(unit, (entry = { numbers: [], paragraph: 0, offset: 0 }));
      const step = paragraph - entry.paragraph;
      entry.numbers.push(step, step === 0 ? offset - entry.offset : offset);
      entry.paragraph = paragraph;
      entry.offset = offset;
    }
  });
  const shards: CharShard[] = Array.from({ length: layout.shards }, () => ({}));
  for (const [unit, { numbers }] of coded) shards[charShard(unit, layout.shards)][unit] = writeNumbers(numbers);
  const chunks: ParagraphRow[][] = [];
  for (let i = 0; i < rows.length; i += layout.chunk) chunks.push(rows.slice(i, i + layout.chunk));
  return { layout, shards, chunks };
}
