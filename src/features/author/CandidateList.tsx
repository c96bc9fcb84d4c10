// Authoring mode: the spatial mentions plan:add finds in the plan being read (places, slogans, structure words),
// each with a verbatim unique quote and a suggested recipe, for review one by one: accepted, it starts a draft;
// rejected, it is not offered again. The authoring server keeps the decisions (.cache/candidates/, not shipped).
import { useEffect, useState } from 'react';
import type { Candidate } from '../../lib/plans/find-candidates';
import type { Lang } from '../../lib/catalogue/catalogue-types';
import { at } from './author-strings';

export type ReviewedCandidate = Candidate & { key: string; decision?: 'accepted' | 'rejected' };

/** How many undecided candidates are listed at once. */
const SHOWN = 12;

async function decide(seed: string, key: string, decision: 'accepted' | 'rejected'): Promise<void> {
  await fetch(new URL('/__author/decide', location.href), { method: 'POST', body: JSON.stringify({ seed, key, decision }) });
}

export function CandidateList({ lang, seed, onAccept }: { lang: Lang; seed: string; onAccept: (c: ReviewedCandidate) => void }) {
  const [candidates, setCandidates] = useState<ReviewedCandidate[] | null>(null);
  useEffect(() => {
    let live = true;
    setCandidates(null);
    fetch(new URL(`/__author/candidates?seed=${encodeURIComponent(seed)}`, location.href)).then((r) => r.json())
      .then((list: ReviewedCandidate[]) => live && setCandidates(list), () => live && setCandidates([]));
    return () => { live = false; };
  }, [seed]);
  if (!candidates) return <p role="status">{at(lang, 'candidatesLoading')}</p>;
  const open = candidates.filter((c) => !c.decision && c.unique);
  const settle = (c: ReviewedCandidate, decision: 'accepted' | 'rejected') => {
    setCandidates((list) => list && list.map((o) => (o.key === c.key ? { ...o, decision } : o)));
    void decide(seed, c.key, decision);
    if (decision === 'accepted') onAccept(c);
  };
  return (
    <details className="author-candidates">
      <summary>{at(lang, 'candidates')} ({open.length})</summary>
      <ul>
        {open.slice(0, SHOWN).map((c) => (
          <li key={c.key} data-candidate={c.key}>
            <strong lang="zh-CN">{c.text}</strong> <span className="author-kind">{c.kind}</span>
            <span className="author-heading" lang="zh-CN">{c.heading.at(-1)}</span>
            <q lang="zh-CN">{c.quote}</q>
            <span className="author-decide">
              <button type="button" onClick={() => settle(c, 'accepted')}>{at(lang, 'accept')}</button>
              <button type="button" onClick={() => settle(c, 'rejected')}>{at(lang, 'reject')}</button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
