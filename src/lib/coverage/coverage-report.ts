// Builds the coverage report: for each plan and each chapter/part, the features citing it (and which
// of them carry a descriptive name) and the spatial mentions in its paragraphs, split into mapped (a citation in that paragraph covers the
// mention, or a feature bears that name) and unmapped (each with its reason, if one is committed).
import type { PlanDocument } from '../documents/document-types';
import type { ChapterCoverage, CoverageReport, Mention, PlanCoverage, ReasonRule, UnmappedMention } from './coverage-types';
import { detectMentions } from './detect-mentions';
import type { Lexicon } from './mention-lexicon';
import { reasonMatcher } from './coverage-reasons';

/** What the report needs of a built feature. */
export interface CoverageFeature {
  id: string;
  name: { zh: string };
  /** The zh name is the catalogue's description (counted apart; it never maps a mention by name). */
  descriptiveName?: boolean;
  citations: { seed: string; paragraphId: string; headingId?: string; start: number; end: number }[];
}

export interface CoverageInput {
  documents: PlanDocument[];
  features: CoverageFeature[];
  /** Frame names (一核四带多组团 …) also count as names on the map. */
  frameNames?: string[];
  lexicon: Lexicon;
  reasons: ReasonRule[];
}

/** The chapter (level-1 heading) a paragraph belongs to, or undefined before the first one. */
function chapterOf(doc: PlanDocument, headingPath: string[]): string | undefined {
  const byId = new Map(doc.headings.map((h) => [h.id, h]));
  return headingPath.find((id) => byId.get(id)?.level === 1);
}

export function buildCoverageReport(input: CoverageInput): CoverageReport {
  const matcher = reasonMatcher(input.reasons);
  // A descriptive name is not the plan's wording: a mention that happens to read like it is not shown by it.
  const names = new Set([...input.features.filter((f) => !f.descriptiveName).map((f) => f.name.zh), ...(input.frameNames ?? [])]);
  const featureIds = new Set(input.features.map((f) => f.id));
  const descriptive = new Set(input.features.filter((f) => f.descriptiveName).map((f) => f.id));
  const plans = input.documents.map((doc): PlanCoverage => {
    const headings = new Map(doc.headings.map((h) => [h.id, h]));
    const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
    const chapters = new Map<string, ChapterCoverage>();
    const chapterFor = (headingId: string | undefined) => {
      const key = headingId ?? '';
      let c = chapters.get(key);
      if (!c) {
        c = { ...(headingId ? { headingId } : {}), title: headingId ? headings.get(headingId)!.text : doc.title.text, featureIds: [], descriptiveNames: [], mapped: 0, unmapped: [] };
        chapters.set(key, c);
      }
      return c;
    };
    // Citation spans per paragraph (quotes inside standalone headings cover no paragraph text).
    const spans = new Map<string, { start: number; end: number }[]>();
    const planFeatures: string[] = [];
    for (const f of input.features) {
      for (const c of f.citations) {
        if (c.seed !== doc.id) continue;
        if (!planFeatures.includes(f.id)) planFeatures.push(f.id);
        const p = paragraphs.get(c.paragraphId);
        const chapter = chapterFor(c.headingId ? chapterOf(doc, [...(p?.headingPath ?? []), c.headingId]) ?? (headings.get(c.headingId)?.level === 1 ? c.headingId : undefined) : chapterOf(doc, p?.headingPath ?? []));
        if (!chapter.featureIds.includes(f.id)) {
          chapter.featureIds.push(f.id);
          if (descriptive.has(f.id)) chapter.descriptiveNames.push(f.id);
        }
        if (!c.headingId) spans.set(c.paragraphId, [...(spans.get(c.paragraphId) ?? []), c]);
      }
    }
    let mapped = 0;
    const unmapped: UnmappedMention[] = [];
    for (const p of doc.paragraphs) {
      const chapter = chapterFor(chapterOf(doc, p.headingPath));
      for (const m of detectMentions(p.text, p.id, input.lexicon)) {
        if (isMapped(m, spans.get(p.id) ?? [], names)) { mapped++; chapter.mapped++; continue; }
        const rule = matcher.ruleFor(m, doc.id);
        // An alias rule maps the mention to a feature; a rule naming an unknown feature explains nothing.
        if (rule?.feature) {
          if (featureIds.has(rule.feature)) { mapped++; chapter.mapped++; continue; }
          chapter.unmapped.push({ ...m });
          unmapped.push({ ...m });
          continue;
        }
        const u: UnmappedMention = { ...m, ...(rule ? { reason: rule.reason, ...(rule.zh ? { reasonZh: rule.zh } : {}) } : {}) };
        chapter.unmapped.push(u);
        unmapped.push(u);
      }
    }
    // Chapters in document order; empty ones (no features, no mentions) are kept so every chapter is listed.
    for (const h of doc.headings) if (h.level === 1) chapterFor(h.id);
    const order = (c: ChapterCoverage) => (c.headingId ? doc.headings.findIndex((h) => h.id === c.headingId) : -1);
    return {
      seed: doc.id,
      title: doc.title.text,
      featureIds: planFeatures,
      descriptiveNames: planFeatures.filter((id) => descriptive.has(id)),
      mentions: { mapped, unmapped: unmapped.length, unexplained: unmapped.filter((u) => !u.reason).length },
      chapters: [...chapters.values()]
        .filter((c) => c.headingId || c.featureIds.length || c.mapped || c.unmapped.length)
        .sort((a, b) => order(a) - order(b)),
    };
  });
  return { plans, unusedRules: matcher.unused() };
}

/**
 * Mapped when a quote in the paragraph spans at least half the mention (structure names are read with
 * a fuzzy start), or a feature bears its name — for a structure, also when the mention ends with a
 * feature's name of four characters or more ("促进山西中部城市群" names 山西中部城市群).
 */
export function isMapped(m: Mention, spans: { start: number; end: number }[], names: Set<string>): boolean {
  const need = Math.ceil((m.end - m.start) / 2);
  if (names.has(m.text) || spans.some((s) => Math.min(s.end, m.end) - Math.max(s.start, m.start) >= need)) return true;
  if (m.kind !== 'structure') return false;
  for (let i = 1; i <= m.text.length - 4; i++) if (names.has(m.text.slice(i))) return true;
  return false;
}

export const unexplained = (report: CoverageReport): (UnmappedMention & { seed: string })[] =>
  report.plans.flatMap((p) => p.chapters.flatMap((c) => c.unmapped.filter((u) => !u.reason).map((u) => ({ ...u, seed: p.seed }))));
