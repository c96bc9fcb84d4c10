// The plans' text as search reads it: where each character occurs (paragraph and offset), split into
// shards by a hash of the character, and the paragraphs in chunks. A query reads the shards of its own
// characters and the chunks of the paragraphs it shows, so what one keystroke touches depends on the
// query, not on how many plans there are. Shared by the build (which writes the files) and the app.

/** Paragraphs are numbered across the plans, in the index's document order. */
export interface TextLayout {
  /** How many character shards there are (data/search/chars-<k>.json, k < shards). */
  shards: number;
  /** Paragraphs per chunk (data/search/paragraphs-<c>.json holds paragraphs c·chunk … (c+1)·chunk − 1). */
  chunk: number;
}

/**
 * One shard: for each character (UTF-16 unit), where it occurs, in paragraph then offset order, as numbers
 * written by `writeNumbers` — paragraph, offset, paragraph, offset, … where each paragraph number is the step
 * from the previous one and each offset counts UTF-16 units, from the previous occurrence in the same
 * paragraph (step 0), else from the paragraph's start.
 */
export type CharShard = Record<string, string>;

/** One paragraph of a chunk: its plan (seed id), its id in that plan's document, its verbatim text. */
export interface ParagraphRow { doc: string; id: string; text: string }

/** About this many occurrences per shard (≈ 15 KB of JSON): the corpus sets how many shards there are. */
const POSITIONS_PER_SHARD = 6000;
export const PARAGRAPHS_PER_CHUNK = 48;

/** The shard count for a corpus of `positions` characters: a power of two, at least 1. */
export function shardCount(positions: number): number {
  let shards = 1;
  while (shards * POSITIONS_PER_SHARD < positions) shards *= 2;
  return shards;
}

/**
 * Text as the index compares it: each character lower-cased where that keeps its length (so offsets stay
 * those of the original text, and Latin letters match in any case; Chinese has no case).
 */
export function foldCase(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** The shard of a character (one UTF-16 unit), the same in the build and the app. */
export function charShard(unit: string, shards: number): number {
  const h = Math.imul(unit.charCodeAt(0), 0x9e3779b1);
  return ((h ^ (h >>> 15)) >>> 0) % shards;
}

// Numbers as text, five bits per character, low bits first: a character from the first half of the
// alphabet ends a number, one from the second half is followed by more (characters JSON writes as is).
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

export function writeNumbers(numbers: number[]): string {
  let out = '';
  for (let n of numbers) {
    while (n >= 32) {
      out += DIGITS[32 + (n % 32)];
      n = Math.floor(n / 32);
    }
    out += DIGITS[n];
  }
  return out;
}

export function readNumbers(text: string): number[] {
  const numbers: number[] = [];
  let n = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const d = DIGITS.indexOf(text[i]);
    if (d < 0) throw new Error(`not a number digit: ${text[i]}`);
    n += (d % 32) * scale;
    if (d < 32) { numbers.push(n); n = 0; scale = 1; } else scale *= 32;
  }
  return numbers;
}
