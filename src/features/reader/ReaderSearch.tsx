import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { useKeyActions } from '../../components/key-dispatch';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import type { PlanDocument } from '../../lib/documents/document-types';
import { paragraphSelector } from './reading-blocks';

interface Props { doc: PlanDocument; term: string; onTerm: (term: string) => void; article: RefObject<HTMLElement | null> }

/**
 * Search within the open document: marks every match and steps through them. Escape leaves the box for
 * the text, keeping the query, its marks and the place in the document (a second Escape closes the reader).
 */
export function ReaderSearch({ doc, term, onTerm, article }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const [at, setAt] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const scope = useCallback(() => box.current, []);
  useKeyActions('reader-search', { leaveSearch: () => article.current?.focus({ preventScroll: true }) }, { scope });
  const hits = useMemo(() => (term ? doc.paragraphs.filter((p) => p.text.includes(term)).map((p) => p.id) : []), [doc, term]);
  const go = (step: number) => {
    if (!hits.length) return;
    const next = (at + step + hits.length) % hits.length;
    setAt(next);
    article.current?.querySelector(paragraphSelector(hits[next]!))?.scrollIntoView({ block: 'center' });
  };
  return (
    <div className="reader-search" role="search" ref={box}>
      <label>
        <span className="visually-hidden">{t(lang, 'searchInDocument')}</span>
        <input
          type="search" value={term} placeholder={t(lang, 'searchInDocument')}
          onChange={(e) => { onTerm(e.target.value.trim()); setAt(-1); }}
          onKeyDown={(e) => { if (e.key === 'Enter') go(e.shiftKey ? -1 : 1); }}
        />
      </label>
      {term && (
        <span className="hit-count" aria-live="polite">
          {hits.length ? `${Math.max(at, 0) + 1}/${hits.length} ${t(lang, 'matches')}` : t(lang, 'noMatches')}
        </span>
      )}
      {hits.length > 1 && (
        <>
          <button type="button" onClick={() => go(-1)} aria-label={t(lang, 'previous')}>↑</button>
          <button type="button" onClick={() => go(1)} aria-label={t(lang, 'next')}>↓</button>
        </>
      )}
    </div>
  );
}
