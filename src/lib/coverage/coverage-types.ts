// Types of the coverage report (public/data/coverage.json): per plan and chapter, which features cite
// it and which spatial mentions in its text the map does not show, each with a reason.

/** What a mention names: an administrative unit, a natural feature on the basemap, or a structure word. */
export type MentionKind = 'prefecture' | 'county' | 'river' | 'mountain' | 'lake' | 'structure';

export interface Mention {
  text: string;
  kind: MentionKind;
  paragraphId: string;
  /** Offsets within the paragraph text (end exclusive). */
  start: number;
  end: number;
}

export interface UnmappedMention extends Mention {
  /** Why the map does not show it (English); absent = unexplained (the coverage check fails). */
  reason?: string;
  reasonZh?: string;
}

export interface ChapterCoverage {
  /** The level-1 heading (chapter / part / preface); absent for text before the first one. */
  headingId?: string;
  title: string;
  featureIds: string[];
  /** Of `featureIds`, those with a descriptive name. */
  descriptiveNames: string[];
  mapped: number;
  unmapped: UnmappedMention[];
}

export interface PlanCoverage {
  seed: string;
  title: string;
  featureIds: string[];
  /** Of `featureIds`, those whose Chinese name is the catalogue's description, not the plan's wording. */
  descriptiveNames: string[];
  mentions: { mapped: number; unmapped: number; unexplained: number };
  chapters: ChapterCoverage[];
}

export interface CoverageReport {
  plans: PlanCoverage[];
  /** Reason rules that matched no mention (stale entries in data/coverage/reasons.json). */
  unusedRules: string[];
}

/**
 * One entry of data/coverage/reasons.json. A rule matches a mention by exact text (`mentions`),
 * by a regular expression on the text (`pattern`), and/or by kind (`kinds`); all given conditions
 * must hold. Optional `seeds` limits it to some plans. The first matching rule gives the reason.
 */
export interface ReasonRule {
  reason: string;
  /** The reason in Chinese, shown in the zh interface. */
  zh?: string;
  mentions?: string[];
  pattern?: string;
  kinds?: MentionKind[];
  seeds?: string[];
  /** The mention is shown by this feature under another wording (alias) or as part of it: counted as mapped. */
  feature?: string;
  note?: string;
}
