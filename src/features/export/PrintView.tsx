// The print layout: title, the map image, the cited quotes as numbered footnotes, attribution.
// Shown only in print (see export.css); sets the page size (A4 or A3 landscape) while mounted.
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
    <article className={`print-view print-${paper.toLowerCase()}`} data-paper={paper} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>{content.title}</h1>
        <p className="print-subtitle">{content.subtitle}</p>
        <p className="print-date">{es(lang, 'printed')} {content.date}</p>
      </header>
      <figure className="print-map"><img src={image} alt={content.subtitle} /></figure>
      <section className="print-notes">
        <h2>{es(lang, 'sources')}</h2>
        <ol>
          {content.footnotes.map((n) => (
            <li key={n.n} value={n.n}><q lang="zh-CN">{n.quote}</q> <cite>{n.source}</cite></li>
          ))}
        </ol>
        {content.link && <QrCode url={content.link} label={es(lang, 'viewLink')} className="print-qr" />}
        <p className="print-attribution">{es(lang, 'data')}: {content.attribution}</p>
      </section>
    </article>,
    document.body,
  );
}
