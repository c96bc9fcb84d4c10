// "Copy citation": a small menu of the forms people paste — GB/T 7714-2015 and the plain 《title》place：“quote” —
// each shown as it will be copied. Fields the registry lacks are left out (src/lib/citations/cite-formats.ts).
import { useId, useState } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import { defineStrings } from '../lib/i18n/define-strings';
import { formatCitationAs, type CitationStyle, type CitedPassage, type CitedPlan } from '../lib/citations/cite-formats';
import { copyText } from './copy-text';
import './copy-citation.css';

const tc = defineStrings({
  gbt7714: { zh: 'GB/T 7714—2015 格式', en: 'GB/T 7714-2015' },
  plain: { zh: '简式（书名号与原文）', en: 'Plain (title and quote)' },
});

const STYLES: CitationStyle[] = ['gbt7714', 'plain'];

export function CopyCitation({ plan, passage = {} }: { plan: CitedPlan | undefined; passage?: CitedPassage }) {
  const lang = useAtlasStore((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const menuId = useId();
  if (!plan) return null;
  const accessed = new Date().toISOString().slice(0, 10);
  const copy = async (text: string) => {
    await copyText(text);
    setOpen(false);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div className={`copy-citation${open ? ' open' : ''}`} onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); } }}>
      <button type="button" className="copy-citation-toggle" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        {t(lang, 'copyCitation')} ▾
      </button>
      <span role="status" className="copied">{copied ? t(lang, 'copied') : ''}</span>
      {open && (
        <ul id={menuId} className="copy-citation-menu">
          {STYLES.map((style) => {
            const text = formatCitationAs(style, plan, passage, accessed);
            return (
              <li key={style}>
                <button type="button" data-style={style} data-citation={text} onClick={() => copy(text)}>
                  <span className="copy-citation-style">{tc(lang, style)}</span>
                  <span className="copy-citation-text" lang="zh-CN">{text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
