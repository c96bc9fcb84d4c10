// The print layout: title, the map image, the cited quotes as numbered footnotes, attribution. A place
// dossier or a frame adds its list ("what applies here"), each row citing its quote's footnote, and flows
// onto as many pages as it needs. Shown only in print (see export.css); sets the page size while mounted.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../../lib/catalogue/catalogue-types';
import type { ExportContent } from './export-content';
import { es } from './export-strings';
import { QrCode } from '../../components/QrCode';

export type Paper = 'A4' | 'A3';

interface Props { paper: Paper; image: string; content: ExportContent; lang: Lang; onDone: () => void }

export function PrintView({ paper, image, content, lang, onDone }: Props) {
  useEffect(() => {
    // A constructed style sheet (CSSOM), not a <style> element: the CSP allows no inline styles.
    const style = new CSSStyleSheet();
    style.replaceSync(`@page { size: ${paper} landscape; margin: 10mm; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    document.documentElement.classList.add('printing');
    const img = new Image();
    img.src = image;
    let timer = 0;
    // Print once the image is decoded; the layout stays until the print dialog closes.
    void img.decode().then(() => { timer = window.setTimeout(() => window.print(), 50); });
    const after = () => onDone();
    window.addEventListener('afterprint', after);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', after);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== style);
      document.documentElement.classList.remove('printing');
    };
  }, [paper, image, onDone]);

  return createPortal(
    <article className={`print-view print-${paper.toLowerCase()}${content.sections.length ? ' print-sheet' : ''}`} data-paper={paper} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>{content.title}</h1>
        <p className="print-subtitle">{content.subtitle}{content.subtitleNotes.map((n) => <sup key={n}>[{n}]</sup>)}</p>
        <p className="print-date">{es(lang, 'printed')} {content.date}</p>
      </header>
      <figure className="print-map"><img src={image} alt={content.subtitle} /></figure>
      {content.sections.length > 0 && (
        <section className="print-list" aria-label={es(lang, 'list')}>
          {content.sections.map((section) => (
            <section key={section.heading} className="print-section">
              <h2>{section.colour && <span className="print-dot" style={{ background: section.colour }} aria-hidden="true" />}{section.heading}</h2>
              <ul>
                {section.rows.map((row) => (
                  <li key={row.id}><strong>{row.name}</strong>{row.note && <sup>[{row.note}]</sup>} <span className="print-detail">{row.detail}</span></li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      <section className="print-notes">
        <h2>{es(lang, 'sources')}</h2>
        <ol>
          {content.footnotes.map((n) => (
            <li key={n.n} value={n.n}>{n.label && <span className="print-note-label">{n.label}: </span>}<q lang="zh-CN">{n.quote}</q> <cite>{n.source}</cite></li>
          ))}
        </ol>
        {content.link && <QrCode url={content.link} label={es(lang, 'viewLink')} className="print-qr" />}
        <p className="print-attribution">{es(lang, 'data')}: {content.attribution}</p>
      </section>
    </article>,
    document.body,
  );
}
