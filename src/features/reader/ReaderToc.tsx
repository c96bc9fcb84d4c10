import type { PlanDocument } from '../../lib/documents/document-types';

/** Table of contents: chapters/parts and their sections. */
export function ReaderToc({ doc, onPick }: { doc: PlanDocument; onPick: (paragraphId: string) => void }) {
  const entries = doc.headings.filter((h) => h.level >= 1 && h.level <= 2 && h.kind !== 'box');
  return (
    <nav className="reader-toc" aria-label="目录 Contents">
      <ol>
        {entries.map((h) => {
          const p = doc.paragraphs[Math.min(h.paragraphIndex, doc.paragraphs.length - 1)];
          return (
            <li key={h.id} className={`toc-level-${h.level}`}>
              <button type="button" onClick={() => onPick(p.id)}>{h.text}</button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
