// The planner's "what applies here" sheet for a place dossier or a frame: its title, its list (a place's
// structures grouped by plan, newest first, then by frame with each row's role and relation; a frame's
// groups with their parts) and each row's shortest quote as a numbered footnote. No React, no DOM.
import type { AtlasState } from '../../store/atlas-store';
import type { PlanSummary } from '../../data/load-data';
import type { FeatureSummary, Lang, Names, ResolvedCitation } from '../../lib/catalogue/catalogue-types';
import { placeDossier } from '../../lib/places/place-dossier';
import { DERIVED_RELATIONS } from '../../lib/places/relation-kinds';
import { RELATION_NAMES } from '../../lib/places/relation-names';
import { groupLabel } from '../../lib/catalogue/frame-labels';
import { newestFirst } from '../../lib/explorer/plan-spans';
import { withYear } from '../../lib/i18n/plan-title';
import { kindStyle } from '../../lib/style/kind-styles';
import { es } from './export-strings';

/** A row: the feature's name, what it is here (kind, role, relation), and the number of its quote's footnote. */
export interface SheetRow { id: string; name: string; detail: string; note?: number }
export interface SheetSection { heading: string; colour?: string; rows: SheetRow[] }
export interface SubjectSheet {
  subtitle: string;
  /** Footnote numbers the subtitle itself cites (a frame's defining quotes). */
  subtitleNotes: number[];
  sections: SheetSection[];
  /** The footnotes in order: footnote n is notes[n - 1]. */
  notes: (ResolvedCitation & { label?: string })[];
}

const shortest = (cs: ResolvedCitation[] | undefined) => cs?.reduce<ResolvedCitation | undefined>((best, c) => (!best || c.quote.length < best.quote.length ? c : best), undefined);

/** Numbers quotes as footnotes, each distinct quote once. */
function footnotes() {
  const notes: SubjectSheet['notes'] = [];
  const index = new Map<string, number>();
  const cite = (c: ResolvedCitation | undefined, label?: string): number | undefined => {
    if (!c) return undefined;
    const key = c.seed + c.quote;
    if (!index.has(key)) { notes.push({ ...c, label }); index.set(key, notes.length); }
    return index.get(key);
  };
  return { notes, cite };
}

/** The sheet of the open place or frame, or null for any other subject (or a place whose index has not loaded). */
export function subjectSheet(s: AtlasState, plans: PlanSummary[], placeName?: Names): SubjectSheet | null {
  const lang: Lang = s.lang;
  const subject = s.subject;
  const catalogue = s.catalogue;
  if (!subject || !catalogue) return null;
  const summaries = new Map(catalogue.features.features.map((f) => [f.properties.id, f.properties as FeatureSummary]));
  const quoteOf = (id: string) => shortest(s.details?.[id]?.citations ?? s.earlyDetails[id]?.citations);
  const planById = new Map(plans.map((p) => [p.id, p]));
  const planName = (seed: string) => { const p = planById.get(seed); return p ? withYear(p.shortTitle[lang], p.year, lang) : seed; };
  const { notes, cite } = footnotes();

  if (subject.kind === 'place') {
    if (s.placeEntry?.id !== subject.id) return null;
    const dossier = placeDossier(s.placeEntry.entry.links, summaries, catalogue.frames, newestFirst(plans));
    const sections = dossier.map((plan): SheetSection => ({
      heading: `${planName(plan.seed)} · ${plan.count} ${es(lang, 'features')}`,
      colour: planById.get(plan.seed)?.colour,
      rows: plan.groups.flatMap((g) => g.rows.map((row): SheetRow => {
        const role = g.frame?.groups.find((x) => x.members.includes(row.feature.id));
        const relation = RELATION_NAMES[row.link.r][lang] + (DERIVED_RELATIONS.has(row.link.r) ? `（${RELATION_NAMES.derived[lang]}）` : '');
        const detail = [kindStyle(row.feature.kind).label[lang], g.frame && role ? `${g.frame.name[lang]} · ${groupLabel(role, lang)}` : '', relation].filter(Boolean).join(' · ');
        return { id: row.feature.id, name: row.feature.name[lang], detail, note: cite(quoteOf(row.feature.id), row.feature.name[lang]) };
      })),
    }));
    return { subtitle: `${placeName?.[lang] ?? subject.id} · ${es(lang, 'appliesHere')}`, subtitleNotes: [], sections, notes };
  }

  if (subject.kind === 'frame') {
    const frame = catalogue.frames.find((f) => f.id === subject.id);
    if (!frame) return null;
    const subtitleNotes = frame.citations.map((c) => cite(c, frame.name[lang])!).filter((n, i, all) => all.indexOf(n) === i);
    const sections = frame.groups.map((g): SheetSection => ({
      heading: `${groupLabel(g, lang)} · ${es(lang, 'statedCount')} ${g.count === 'many' ? es(lang, 'many') : g.count}`,
      colour: planById.get(frame.seed)?.colour,
      rows: g.members.flatMap((id) => {
        const f = summaries.get(id);
        return f ? [{ id, name: f.name[lang], detail: kindStyle(f.kind).label[lang], note: cite(quoteOf(id), f.name[lang]) }] : [];
      }),
    }));
    return { subtitle: `${frame.name[lang]} · ${planName(frame.seed)}`, subtitleNotes, sections, notes };
  }
  return null;
}
