import type { Lang } from '../../lib/catalogue/catalogue-types';
import { headingLabelEn } from '../../lib/documents/heading-label';
import type { PlanDocument } from '../../lib/documents/document-types';

/** Table of contents: chapters/parts and their sections. */
export function ReaderToc({ doc, lang, onPick }: { doc: PlanDocument; lang: Lang; onPick: (paragraphId: string) => void }) {
  const entries = doc.headings.filter((h) => h.level >= 1 && h.level <= 2 && h.kind !== 'box');
  return (
    <nav className="reader-toc" aria-label={lang === 'zh' ? '目录' : 'Contents'}>
      <ol>
        {entries.map((h) => {
          const p = doc.paragraphs[Math.min(h.paragraphIndex, doc.paragraphs.length - 1)];
          return (
            <li key={h.id} className={`toc-level-${h.level}`}>
              <button type="button" onClick={() => onPick(p.id)}>
                {lang === 'en' && headingLabelEn(h.text) && <span className="toc-number">{headingLabelEn(h.text)} </span>}
                <span lang="zh-CN">{h.text}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
