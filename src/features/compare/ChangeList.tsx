// What persists, what is renamed and what is new from the earlier group to the later one, each with
// the quotes that define it on both sides. The matching is derived (and says so).
import { withYear } from '../../lib/i18n/plan-title';
import { headingPathLabel } from '../../lib/documents/heading-label';
import { useMemo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import type { PlanSummary } from '../../data/load-data';
import type { AtlasFeature, ResolvedCitation } from '../../lib/catalogue/catalogue-types';
import { compareStructures, type Change } from '../../lib/compare/compare-structures';
import { pickQuote } from '../../lib/present/build-tours';
import { cs } from './compare-strings';

interface Props { features: AtlasFeature[]; idsA: string[]; idsB: string[]; seedA: string; seedB: string; plans: PlanSummary[] }

export function ChangeList({ features, idsA, idsB, seedA, seedB, plans }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const details = useAtlasStore((s) => s.details);
  const byId = useMemo(() => new Map(features.map((f) => [f.properties.id, f])), [features]);
  const changes = useMemo(() => {
    const pick = (ids: string[]) => ids.map((id) => byId.get(id)!).filter(Boolean);
    return compareStructures(pick(idsA), pick(idsB));
  }, [byId, idsA, idsB]);

  const quote = (id: string | undefined, seed: string) => {
    const c: ResolvedCitation | null = id ? pickQuote(details?.[id]?.citations, seed) : null;
    if (!id) return null;
    const plan = plans.find((p) => p.id === c?.seed);
    return c ? (
      <figure className="compare-quote">
        <blockquote lang="zh-CN" data-seed={c.seed}>{c.quote}</blockquote>
        <figcaption>{plan ? withYear(plan.shortTitle[lang], plan.year, lang) : c.seed}{headingPathLabel(c.headingPath.slice(-1), lang) ? ` · ${headingPathLabel(c.headingPath.slice(-1), lang)}` : ''}</figcaption>
      </figure>
    ) : <p className="note">{details ? cs(lang, 'noQuote') : '…'}</p>;
  };
  const basis = (c: Change) => {
    if (!c.basis) return null;
    const { by, value } = c.basis;
    const text = by === 'id' ? cs(lang, 'byId') : by === 'name' ? cs(lang, 'byName') : `${cs(lang, by === 'overlap' ? 'byOverlap' : 'bySeat')} ${value}`;
    return <span className="compare-basis">{text}</span>;
  };
  const name = (id?: string) => (id ? byId.get(id)?.properties.name[lang] ?? id : '');

  return (
    <section className="compare-changes" aria-live="polite">
      <p className="compare-derivation"><span className="basis-tag">{lang === 'zh' ? '推导' : 'Derived'}</span>{cs(lang, 'derivation')}</p>
      {(['persists', 'renamed', 'new', 'dropped'] as const).map((status) => {
        const rows = changes.filter((c) => c.status === status);
        if (!rows.length) return null;
        return (
          <div key={status} className={`compare-group compare-${status}`}>
            <h3>{cs(lang, status)} <span className="compare-n">{rows.length}</span></h3>
            <ul>
              {rows.map((c) => (
                <li key={`${c.a}-${c.b}`} data-status={status}>
                  <p className="compare-names">
                    {c.a && <span>{name(c.a)}</span>}
                    {c.a && c.b && <span aria-hidden="true"> → </span>}
                    {c.b && <span>{name(c.b)}</span>}
                    {basis(c)}
                  </p>
                  {status !== 'new' && quote(c.a, seedA)}
                  {status !== 'dropped' && (status !== 'persists' || c.a !== c.b) && quote(c.b, seedB)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
