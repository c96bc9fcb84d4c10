// The coverage view of one document: per chapter/part, the features on the map that cite it
// (buttons that select them) and the spatial mentions left unmapped, each with its reason.
import { useMemo } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import type { PlanCoverage, UnmappedMention } from '../../lib/coverage/coverage-types';
import type { Lang } from '../../lib/catalogue/catalogue-types';
import { ct } from './coverage-strings';
import './reader-coverage.css';

interface Props { plan: PlanCoverage | null; error: boolean; onGo: (paragraphId: string) => void }

export const reasonText = (u: UnmappedMention, lang: Lang) => (lang === 'zh' && u.reasonZh) || u.reason || '';

/** Mentions with the same words and reason, listed once with a count (太原 ×12). */
function grouped(list: UnmappedMention[], lang: Lang): { text: string; reason: string; count: number; first: string }[] {
  const groups = new Map<string, { text: string; reason: string; count: number; first: string }>();
  for (const u of list) {
    const reason = reasonText(u, lang);
    const key = `${u.text}\u0000${reason}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { text: u.text, reason, count: 1, first: u.paragraphId });
  }
  return [...groups.values()];
}

export function ReaderCoverage({ plan, error, onGo }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const showFeature = useAtlasStore((s) => s.showFeature);
  const openReader = useAtlasStore((s) => s.openReader);
  const names = useMemo(() => new Map(catalogue?.features.features.map((f) => [f.properties.id, f.properties.name]) ?? []), [catalogue]);

  return (
    <aside className="reader-coverage" aria-labelledby="coverage-title" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h3 id="coverage-title">{ct(lang, 'coverageTitle')}</h3>
      {error ? <p role="alert">{ct(lang, 'coverageFailed')}</p> : !plan ? <p>{ct(lang, 'loadingCoverage')}</p> : (
        <>
          <p className="coverage-summary" data-testid="coverage-summary">
            <strong>{plan.featureIds.length}</strong> {ct(lang, 'features')} · <strong>{plan.mentions.mapped}</strong> {ct(lang, 'mapped')} · <strong>{plan.mentions.unmapped}</strong> {ct(lang, 'unmapped')}
          </p>
          <p className="coverage-hint">{ct(lang, 'explainMarks')} {ct(lang, 'countsLegend')}</p>
          {plan.chapters.map((c) => (
            <details key={c.headingId ?? 'front'} className="coverage-chapter" data-chapter={c.headingId ?? 'front'}>
              <summary>
                <span className="coverage-chapter-title" lang="zh-CN">{c.title}</span>
                <span className="coverage-counts" title={ct(lang, 'countsLegend')}>{c.featureIds.length} · {c.mapped} · {c.unmapped.length}</span>
              </summary>
              <h4>{ct(lang, 'onMap')} ({c.featureIds.length})</h4>
              {c.featureIds.length ? (
                <ul className="coverage-features">
                  {c.featureIds.map((id) => (
                    <li key={id}>
                      <button type="button" className="feature-link" onClick={() => { showFeature(id); openReader(null); }}>
                        ◉ {names.get(id)?.[lang] ?? id}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : <p className="coverage-none">{ct(lang, 'none')}</p>}
              <h4>{ct(lang, 'notOnMap')} ({c.unmapped.length})</h4>
              {c.unmapped.length ? (
                <ul className="coverage-unmapped">
                  {grouped(c.unmapped, lang).map((g) => (
                    <li key={`${g.text}|${g.reason}`}>
                      <button type="button" className="coverage-mention" title={ct(lang, 'goToText')} onClick={() => onGo(g.first)} lang="zh-CN">
                        {g.text}{g.count > 1 ? ` ×${g.count}` : ''}
                      </button>
                      <span className="coverage-reason">{g.reason}</span>
                    </li>
                  ))}
                </ul>
              ) : <p className="coverage-none">{ct(lang, 'none')}</p>}
            </details>
          ))}
        </>
      )}
    </aside>
  );
}
