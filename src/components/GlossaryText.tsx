// A text with its glossary terms marked (dotted underline): each mark is a button that opens a short
// explanation — on hover, on keyboard focus and on tap; Esc closes it. The explanation is ours, and says so.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useAtlasStore } from '../store/atlas-store';
import { defineStrings } from '../lib/i18n/define-strings';
import { termRuns } from '../lib/glossary/term-runs';
import type { GlossaryTerm } from '../lib/glossary/glossary-types';
import { useGlossary } from './glossary-context';
import './glossary.css';

const tg = defineStrings({
  ours: { zh: '本图谱的解释，非规划原文', en: 'Our explanation, not plan text' },
  basis: { zh: '依据：', en: 'Basis: ' },
});

/** `skip`: terms already marked earlier in the same passage (only a term's first occurrence is marked). */
export function GlossaryText({ text, skip }: { text: string; skip?: Set<string> }) {
  const { entries, terms } = useGlossary();
  if (!terms.length) return <>{text}</>;
  return <>{termRuns(text, terms, skip).map((r, i) => (r.term ? <TermButton key={i} entry={entries.get(r.term)!} /> : r.text))}</>;
}

function TermButton({ entry }: { entry: GlossaryTerm }) {
  const lang = useAtlasStore((s) => s.lang);
  const { glossary } = useGlossary();
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pressing = useRef(false);
  const id = useId();
  const open = () => {
    const r = button.current?.getBoundingClientRect();
    if (r) setAt({ top: r.bottom + 6, left: Math.max(8, Math.min(r.left, window.innerWidth - 328)) });
  };
  const close = () => setAt(null);
  // A scroll moves the term away from its explanation: close it.
  useEffect(() => {
    if (!at) return;
    const onScroll = (e: Event) => { if (!(e.target as Element).closest?.('.glossary-pop')) close(); };
    window.addEventListener('scroll', onScroll, true);
    return () => window.removeEventListener('scroll', onScroll, true);
  }, [at]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && at) { e.stopPropagation(); close(); }
  };
  return (
    <>
      <button ref={button} type="button" className="glossary-term" aria-expanded={!!at} aria-controls={at ? id : undefined} aria-describedby={at ? id : undefined}
        onPointerDown={() => { pressing.current = true; }}
        onPointerEnter={(e) => e.pointerType === 'mouse' && open()}
        onPointerLeave={(e) => e.pointerType === 'mouse' && close()}
        onFocus={() => { if (!pressing.current) open(); }}
        onBlur={close}
        onClick={(e) => { e.stopPropagation(); pressing.current = false; if (at && e.detail === 0) close(); else open(); }}
        onKeyDown={onKey}>
        {entry.term}
      </button>
      {at && createPortal(
        <span id={id} role="tooltip" className="glossary-pop" style={{ top: at.top, left: at.left }} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
          <span className="glossary-pop-head"><span lang="zh-CN">{entry.term}</span> · <span lang="en">{entry.en}</span></span>
          <span className="glossary-pop-text">{entry.definition[lang]}</span>
          {entry.source && <span className="glossary-pop-source">{tg(lang, 'basis')}{entry.source[lang]}</span>}
          <span className="glossary-pop-ours" title={glossary?.about[lang]}>{tg(lang, 'ours')}</span>
        </span>,
        document.body,
      )}
    </>
  );
}
