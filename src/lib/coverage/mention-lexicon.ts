// The names a coverage scan looks for: prefectures and counties (with and without their 市/县/区
// suffix where the short form is unambiguous and at least two characters), rivers, mountains and lakes.
import type { MentionKind } from './coverage-types';

export interface LexiconInput {
  prefectures: string[];
  counties: string[];
  rivers: string[];
  mountains: string[];
  lakes?: string[];
}

/** name → kind; longer names are tried first by the detector. */
export type Lexicon = Map<string, MentionKind>;

/** County-level names that are also common words (城区 "urban area", 矿区 "mining area", 郊区 "suburbs"). */
const GENERIC_UNIT_NAMES = new Set(['城区', '矿区', '郊区']);
const SUFFIX = /[市县区]$/;

export function buildLexicon(input: LexiconInput): Lexicon {
  const lexicon: Lexicon = new Map();
  const add = (name: string, kind: MentionKind) => { if (!lexicon.has(name)) lexicon.set(name, kind); };
  const admin: [string, MentionKind][] = [
    ...input.prefectures.map((n) => [n, 'prefecture'] as [string, MentionKind]),
    ...input.counties.filter((n) => !GENERIC_UNIT_NAMES.has(n)).map((n) => [n, 'county'] as [string, MentionKind]),
  ];
  for (const [n, kind] of admin) add(n, kind);
  // Short forms: 太原市 → 太原, 平遥县 → 平遥; dropped when two units share it or it is one character.
  const shortCount = new Map<string, number>();
  for (const [n] of admin) if (SUFFIX.test(n)) shortCount.set(n.slice(0, -1), (shortCount.get(n.slice(0, -1)) ?? 0) + 1);
  for (const [n, kind] of admin) {
    const short = n.slice(0, -1);
    if (SUFFIX.test(n) && short.length >= 2 && shortCount.get(short) === 1 && !lexicon.has(short)) add(short, kind);
  }
  for (const n of input.rivers) add(n, 'river');
  for (const n of input.mountains) add(n, 'mountain');
  for (const n of input.lakes ?? []) add(n, 'lake');
  return lexicon;
}
