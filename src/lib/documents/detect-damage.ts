// Flags for damage the seeds carry. The text stays verbatim; flags only tell the reader.
import type { Heading, Paragraph, ParagraphFlag } from './document-types';
import { PARAGRAPH_END, STRAY_GLYPHS } from './line-patterns';
import type { LayoutMode, SeedProfile } from './parsing-profile';

/** A sentence at least this long occurring twice in a row is a scrape/export repeat, not style. */
const MIN_REPEATED_SENTENCE = 8;

export function addFlag(target: { flags?: ParagraphFlag[] }, flag: ParagraphFlag): void {
  if (!target.flags) target.flags = [];
  if (!target.flags.includes(flag)) target.flags.push(flag);
}

export function detectFlags(paragraphs: Paragraph[], mode: LayoutMode): void {
  paragraphs.forEach((p, i) => {
    if (STRAY_GLYPHS.test(p.text)) addFlag(p, 'stray-glyph');
    if (hasRepeatedSentence(p.text)) addFlag(p, 'repeated');
    const body = !p.part && !p.flags?.includes('table');
    if (body && !PARAGRAPH_END.test(p.text)) {
      addFlag(p, 'truncated');
      // A scrape line cut off mid-sentence: the next line carries on after a gap (按照省 / 标要求…).
      const next = paragraphs[i + 1];
      if (mode === 'lines' && next && !next.part && next.headingPath.join() === p.headingPath.join()) addFlag(next, 'fragment');
    }
  });
}

function hasRepeatedSentence(text: string): boolean {
  const sentences = text.split(/(?<=。)/);
  return sentences.some((s, i) => s.length >= MIN_REPEATED_SENTENCE && s === sentences[i + 1]);
}

export function applyKnownDamage(profile: SeedProfile, paragraphs: Paragraph[], headings: Heading[]): void {
  for (const damage of profile.damage ?? []) {
    const hits = [...paragraphs, ...headings.filter((h) => !h.runIn)].filter((t) => t.text.includes(damage.contains));
    if (hits.length !== 1) throw new Error(`Known damage «${damage.contains}» matches ${hits.length} blocks`);
    for (const flag of damage.flags) addFlag(hits[0]!, flag);
  }
}
