// A place dossier: what the plans say about a county or prefecture. "In the plans" lists every feature
// related to it, by plan (newest first, in the plan's colour) and by frame, each with its role, relation
// and shortest quote; "Named in the text" lists the paragraphs naming it, with links into the reader.
import { useMemo, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { kindStyle } from '../../lib/style/kind-styles';
import { withYear } from '../../lib/i18n/plan-title';
import { groupLabel } from '../../lib/catalogue/frame-labels';
import { newestFirst } from '../../lib/explorer/plan-spans';
import { placeDossier, shortestQuote, textByPlan, type DossierRow } from '../../lib/places/place-dossier';
import { COVER_SHARE, DERIVED_RELATIONS, OVERLAP_SHARE } from '../../lib/places/relation-kinds';
import type { FeatureSummary, Lang, PlanFrame } from '../../lib/catalogue/catalogue-types';
import type { PlanSummary } from '../../data/load-data';
import type { PlaceUnit } from '../../lib/places/place-units';
import { td } from './dossier-strings';
import { fillSlots } from '../../lib/i18n/define-strings';
import { SubjectHead } from './SubjectHead';
import { ReportProblem } from '../../components/ReportProblem';

/** Paragraphs shown per plan under "Named in the text" before "show all". */
const SNIPPETS_SHOWN = 3;

interface Props { id: string; unit: PlaceUnit | undefined; plans: Map<string, PlanSummary> }

export function PlacePanel({ id, unit, plans }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const placeEntry = useAtlasStore((s) => (s.placeEntry?.id === id ? s.placeEntry.entry : null));
  const details = useAtlasStore((s) => s.details);
  const openSubject = useAtlasStore((s) => s.showSubject);
  const openReader = useAtlasStore((s) => s.openReader);
  const planOrder = useMemo(() => newestFirst([...plans.values()]), [plans]);
  const summaries = useMemo(() => new Map((catalogue?.features.features ?? []).map((f) => [f.properties.id, f.properties as FeatureSummary])), [catalogue]);
  const dossier = useMemo(() => (placeEntry && catalogue ? placeDossier(placeEntry.links, summaries, catalogue.frames, planOrder) : null), [placeEntry, catalogue, summaries, planOrder]);
  const text = useMemo(() => (placeEntry ? textByPlan(placeEntry.text, planOrder) : null), [placeEntry, planOrder]);
  // Each plan's paragraphs naming the place: the first few, the rest on request (a prefecture has dozens).
  const [openPlans, setOpenPlans] = useState<ReadonlySet<string>>(() => new Set());
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const pct = (x: number) => Math.round(x * 100);

  return (
    <section className="dossier" aria-labelledby="subject-title">
      <SubjectHead chip={unit ? td(lang, unit.kind) : ''} title={unit?.name[lang] ?? id} alt={unit?.name[other]} altLang={other} />
      {unit?.prefecture && (
        <p className="dossier-where">
          {td(lang, 'inPrefecture')}
          <button type="button" className="link-button" onClick={() => openSubject({ kind: 'place', id: unit.prefecture!.id })}>{unit.prefecture.name[lang]}</button>
        </p>
      )}
      <div className="subject-actions"><ReportProblem item={{ kind: 'place', id, name: unit?.name.zh ?? id }} /></div>
      {!dossier && <p>{td(lang, 'loading')}</p>}
      {dossier && (
        <div className="facts">
          <h3>{td(lang, 'inThePlans')}</h3>
          <p className="dossier-note">{fillSlots(td(lang, 'relationsNote'), { cover: pct(COVER_SHARE), overlap: pct(OVERLAP_SHARE) })}</p>
          {!dossier.length && <p>{td(lang, 'nothingInPlans')}</p>}
          {dossier.map((plan) => (
            <section key={plan.seed} className="dossier-plan" aria-label={planName(plans.get(plan.seed), plan.seed, lang)}>
              <h4 className="dossier-plan-title">
                <span className="plan-dot" style={{ background: plans.get(plan.seed)?.colour ?? 'var(--no-plan)' }} aria-hidden="true" />
                <span>{planName(plans.get(plan.seed), plan.seed, lang)}</span>
                <span className="dossier-count">{plan.count} {td(lang, 'features')}</span>
              </h4>
              {plan.groups.map((group) => (
                <div key={group.frame?.id ?? 'rest'} className="dossier-group">
                  {group.frame
                    ? <button type="button" className="dossier-frame link-button" onClick={() => openSubject({ kind: 'frame', id: group.frame!.id })}>{group.frame.name[lang]}</button>
                    : <p className="dossier-frame">{td(lang, 'otherFeatures')}</p>}
                  <ul className="dossier-rows">
                    {group.rows.map((row) => <Row key={row.feature.id} row={row} quote={shortestQuote(details?.[row.feature.id]?.citations.map((c) => c.quote) ?? [])} frame={group.frame} />)}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </div>
      )}
      {text && (
        <div className="facts">
          <h3>{td(lang, 'namedInText')}</h3>
          {!text.length && <p>{td(lang, 'notNamed')}</p>}
          {text.map(({ seed, hits }) => (
            <section key={seed} className="dossier-plan" aria-label={`${td(lang, 'namedInText')}: ${planName(plans.get(seed), seed, lang)}`}>
              <h4 className="dossier-plan-title">
                <span className="plan-dot" style={{ background: plans.get(seed)?.colour ?? 'var(--no-plan)' }} aria-hidden="true" />
                <span>{planName(plans.get(seed), seed, lang)}</span>
                <span className="dossier-count">{hits.length} {td(lang, 'paragraphs')}</span>
              </h4>
              <ul className="dossier-snippets">
                {(openPlans.has(seed) ? hits : hits.slice(0, SNIPPETS_SHOWN)).map((hit) => (
                  <li key={hit.p}>
                    <span lang="zh-CN">{hit.snippet}</span>{' '}
                    <button type="button" className="link-button" onClick={() => openReader({ doc: seed, paragraph: hit.p })}>{t(lang, 'openInDocument')} →</button>
                  </li>
                ))}
              </ul>
              {hits.length > SNIPPETS_SHOWN && !openPlans.has(seed) && (
                <button type="button" className="link-button dossier-more" onClick={() => setOpenPlans(new Set(openPlans).add(seed))}>
                  {fillSlots(td(lang, 'showAllParagraphs'), { n: hits.length })}
                </button>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

const planName = (plan: PlanSummary | undefined, seed: string, lang: Lang) => (plan ? withYear(plan.shortTitle[lang], plan.year, lang) : seed);

function Row({ row, quote, frame }: { row: DossierRow; quote?: string; frame: PlanFrame | null }) {
  const lang = useAtlasStore((s) => s.lang);
  const showFeature = useAtlasStore((s) => s.showFeature);
  const hover = useAtlasStore((s) => s.hover);
  const { link, feature } = row;
  const style = kindStyle(feature.kind);
  const derived = DERIVED_RELATIONS.has(link.r);
  // Its role in its frame: the frame group's label (核, 带 …), in English where the data has one.
  const role = frame?.groups.find((g) => g.members.includes(feature.id));
  const tip = fillSlots(td(lang, `${link.r}Tip`), { share: Math.round((link.s ?? 0) * 100) });
  return (
    <li className="dossier-row">
      <button type="button" className="dossier-feature" onClick={() => showFeature(feature.id)}
        onMouseEnter={() => hover(feature.id)} onMouseLeave={() => hover(null)} onFocus={() => hover(feature.id)} onBlur={() => hover(null)}>
        <span className="kind-dot" style={{ background: style.color }} aria-hidden="true" />
        <span className="dossier-name">{feature.name[lang]}</span>
      </button>
      <span className="dossier-meta">
        <span>{style.label[lang]}</span>
        {role && frame && <span className="dossier-role">{frame.name[lang]} · <span lang={lang === 'en' && !role.labelEn ? 'zh-CN' : undefined}>{groupLabel(role, lang)}</span></span>}
        <span className={`dossier-relation${derived ? ' derived' : ''}`} title={tip}>
          {td(lang, link.r)}{link.n && link.r !== 'names' ? td(lang, 'alsoNamed') : ''}
          {derived && <span className="derived-tag">{td(lang, 'derived')}</span>}
          <span className="visually-hidden">: {tip}</span>
        </span>
      </span>
      {quote && <blockquote className="dossier-quote" lang="zh-CN" aria-label={td(lang, 'shortestQuote')}>{quote}</blockquote>}
    </li>
  );
}

