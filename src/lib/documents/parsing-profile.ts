// A plan's parsing profile, ready for the parser: the registry's pattern strings compiled, the
// defaults filled in. The registry (data/plans/*.json) holds everything plan-specific.
import type { KnownDamage, LayoutMode, Numbering, PlanEntry, TableProfile } from '../plans/plan-registry-types';

export type { KnownDamage, LayoutMode, Numbering, TableProfile };

export interface SeedProfile {
  mode: LayoutMode;
  numbering: Numbering;
  /** The preface heading's text (default 前言). */
  preface: string;
  /** Page-number lines, removed (default: —41—, often with garbled digits). */
  pageNumber: RegExp;
  titleLines?: RegExp[];
  /** Used when the seed has no title line. */
  inferredTitle?: { text: string; note: string };
  chromeUntil?: RegExp;
  metadataThrough?: RegExp;
  chromeFrom?: RegExp;
  backFrom?: RegExp;
  markdown?: boolean;
  damage?: KnownDamage[];
  tables?: TableProfile[];
}

/** Page numbers of the PDF exports, e.g. —41— (the digits are often garbled). */
export const DEFAULT_PAGE_NUMBER = /^[—–-]+\s*\d+\s*[—–-]+$/;

const pattern = (source: string | undefined) => (source === undefined ? undefined : new RegExp(source, 'u'));

/** The parser's profile from a registry entry (validated: its patterns compile). */
export function compileProfile(entry: Pick<PlanEntry, 'title' | 'titleInferred' | 'parsing'>): SeedProfile {
  const p = entry.parsing;
  const profile: SeedProfile = {
    mode: p.layout,
    numbering: p.numbering ?? (p.layout === 'pdf' ? 'chapters' : 'outline'),
    preface: p.preface ?? '前言',
    pageNumber: pattern(p.pageNumber) ?? DEFAULT_PAGE_NUMBER,
  };
  if (p.titleLines) profile.titleLines = p.titleLines.map((s) => new RegExp(s, 'u'));
  if (entry.titleInferred) profile.inferredTitle = { text: entry.title.zh, note: entry.titleInferred.note };
  for (const k of ['chromeUntil', 'metadataThrough', 'chromeFrom', 'backFrom'] as const) {
    const re = pattern(p[k]);
    if (re) profile[k] = re;
  }
  if (p.markdown) profile.markdown = true;
  if (p.damage) profile.damage = p.damage;
  if (p.tables) profile.tables = p.tables;
  return profile;
}
