// What an exported image or print shows besides the map: title, legend entries, cited passages, attribution.
import { titleQuoted } from '../../lib/i18n/plan-title';
import { headingPathLabel } from '../../lib/documents/heading-label';
import { DESCRIPTIVE_LABEL } from '../../components/DescriptiveName';
import type { AtlasState } from '../../store/atlas-store';
import type { PlanSummary, SourceEntry } from '../../data/load-data';
import type { Lang, ResolvedCitation } from '../../lib/catalogue/catalogue-types';
import { visibleFeatureIds } from '../../lib/catalogue/layer-visibility';
import { kindStyle } from '../../lib/style/kind-styles';
import { featureBounds } from '../../lib/geo/feature-bounds';
import { pickQuote } from '../../lib/present/build-tours';
import { es } from './export-strings';
import { focusIds } from '../../lib/places/focus-ids';
import { frameFocus, frameIds } from '../../lib/catalogue/frame-focus';
import { subjectSheet, type SheetSection } from './subject-sheet';
import type { Names } from '../../lib/catalogue/catalogue-types';

export interface LegendEntry { label: string; color: string; shape: 'area' | 'line' | 'point' }
/** `label`: what the quote is for (a sheet row's feature), when the footnotes belong to a list. */
export interface Footnote { n: number; quote: string; source: string; label?: string }
export interface ExportContent {
  title: string; subtitle: string; legend: LegendEntry[]; footnotes: Footnote[]; attribution: string; date: string;
  /** A place dossier's or a frame's list ("what applies here"), its rows citing the footnotes; empty otherwise. */
  sections: SheetSection[];
  subtitleNotes: number[];
  /** The view's link, drawn as a QR code beside the footnotes. */
  link?: string;
}

type Bounds = [[number, number], [number, number]];
const overlaps = (a: Bounds, b: Bounds) => a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** `placeName`: the open place's names (a place dossier's sheet is titled with it). */
export function exportContent(s: AtlasState, view: Bounds, plans: PlanSummary[], sources: SourceEntry[], maxNotes = 8, placeName?: Names): ExportContent {
  const lang: Lang = s.lang;
  const features = s.catalogue?.features.features ?? [];
  const frames = s.catalogue?.frames ?? [];
  // What the map draws: a dossier's own structures, a frame's parts as well as the layers.
  const visible = new Set([...visibleFeatureIds(features, s.layers, s.selectedId, focusIds(s)), ...frameIds(frameFocus(s.subject, s.catalogue))]);
  const inView = features.filter((f) => visible.has(f.properties.id) && (() => { const b = featureBounds(f); return !!b && overlaps(b, view); })());

  const legend = new Map<string, LegendEntry>();
  for (const f of inView) {
    if (legend.has(f.properties.kind)) continue;
    const g = f.geometry!.type;
    const k = kindStyle(f.properties.kind);
    legend.set(f.properties.kind, { label: k.label[lang], color: k.color, shape: g.includes('Polygon') ? 'area' : g.includes('Line') ? 'line' : 'point' });
  }

  const selected = s.selectedId ? features.find((f) => f.properties.id === s.selectedId) : undefined;
  const shownFrames = frames.filter((f) => s.layers.includes(f.id));
  const shownPlans = plans.filter((p) => s.layers.includes(`plan:${p.id}`));
  const what = selected ? selected.properties.name[lang] + (selected.properties.descriptiveName ? `（${DESCRIPTIVE_LABEL.zh} / ${DESCRIPTIVE_LABEL.en}）` : '') : [...shownFrames.map((f) => f.name[lang]), ...shownPlans.map((p) => p.shortTitle[lang])].join('、');

  // Cited passages: the selected feature's, else the shown frames' and then the features in view.
  const cited: ResolvedCitation[] = [];
  if (selected) cited.push(...(s.details?.[selected.properties.id]?.citations ?? []));
  for (const f of shownFrames) { const q = pickQuote(f.citations, f.seed); if (q) cited.push(q); }
  for (const f of inView) { const q = pickQuote(s.details?.[f.properties.id]?.citations, f.properties.seeds[0]); if (q) cited.push(q); }
  const seen = new Set<string>();
  const source = (c: ResolvedCitation) => {
    const plan = plans.find((p) => p.id === c.seed);
    const where = headingPathLabel(c.headingPath.slice(-1), lang);
    const title = plan ? (lang === 'zh' ? plan.title : plan.shortTitle.en) : c.seed;
    return `${plan ? titleQuoted(title, lang) : c.seed}${where ? ` ${where}` : ''}`;
  };
  const footnotes = cited.filter((c) => !seen.has(c.seed + c.quote) && !!seen.add(c.seed + c.quote)).slice(0, maxNotes).map((c, i) => ({ n: i + 1, quote: c.quote, source: source(c) }));

  const attribution = [...sources.map((x) => x.attribution).filter(Boolean), es(lang, 'illustrative')].join(' · ');
  const date = new Date().toISOString().slice(0, 10);
  const base = { title: es(lang, 'imageTitle'), legend: [...legend.values()], attribution, date };
  // A place dossier or a frame: its list, every row's quote a footnote (all of them: the rows cite them).
  const sheet = subjectSheet(s, plans, placeName);
  if (sheet) {
    const notes = sheet.notes.map((c, i) => ({ n: i + 1, quote: c.quote, source: source(c), label: c.label }));
    return { ...base, subtitle: sheet.subtitle, footnotes: notes, sections: sheet.sections, subtitleNotes: sheet.subtitleNotes };
  }
  return { ...base, subtitle: what || es(lang, 'noLayers'), footnotes, sections: [], subtitleNotes: [] };
}
