// The plan reader: a document with its contents, in-document search, the cited passage highlighted,
// "copy citation", and links from cited passages back to their features on the map.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { loadDocument } from '../../data/load-data';
import type { PlanDocument } from '../../lib/documents/document-types';
import { paragraphSelector, readingBlocks } from './reading-blocks';
import { ReaderTable } from './ReaderTable';
import { ReaderParagraph } from './ReaderParagraph';
import { ReaderToc } from './ReaderToc';
import { ReaderSearch } from './ReaderSearch';
import { citingFeatures } from './citing-features';
import { ReaderCoverage, reasonText } from './ReaderCoverage';
import { ct } from './coverage-strings';
import { loadCoverage } from '../../data/load-coverage';
import type { CoverageReport } from '../../lib/coverage/coverage-types';
import type { ExtraMark } from './reading-blocks';
import { backIfPrevious } from '../../components/history-back';
import { citeSelection } from '../../lib/citations/cite-selection';

/** Authoring mode (`npm start` / `npm run author`, development only): a selected passage can be cited as a new feature. Its
 *  label is written here, not in the strings table, so that no build carries it. */
const AUTHORING = import.meta.env.ATLAS_AUTHOR === true;
const CITE_AS_NEW = { zh: '引用为新要素', en: 'Cite as a new feature' };

/** Authoring mode: the selection cited by the build's rule (with a prefix when the plan repeats it), or why not. */
function citeSelected(doc: PlanDocument, article: HTMLElement | null): void {
  const selection = window.getSelection();
  if (!selection?.rangeCount || !article?.contains(selection.anchorNode) || !selection.toString().trim()) return;
  const range = selection.getRangeAt(0);
  const paragraph = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest('[data-paragraph]');
  const before = document.createRange();
  if (paragraph) {
    before.setStart(paragraph, 0);
    before.setEnd(range.startContainer, range.startOffset);
  }
  const cited = citeSelection(doc, selection.toString(), paragraph ? before.toString() : '');
  const store = useAtlasStore.getState();
  if (cited.ok) store.citePassage(doc.id, cited.quote, { prefix: cited.prefix, headingPath: cited.headingPath });
  else store.showNotice(cited.problem);
}

export default function Reader() {
  const lang = useAtlasStore((s) => s.lang);
  const target = useAtlasStore((s) => s.reader);
  const openReader = useAtlasStore((s) => s.openReader);
  const showNotice = useAtlasStore((s) => s.showNotice);
  const catalogue = useAtlasStore((s) => s.catalogue);
  const details = useAtlasStore((s) => s.details);
  const [doc, setDoc] = useState<PlanDocument | null>(null);
  const [term, setTerm] = useState('');
  const [tocOpen, setTocOpen] = useState(false);
  // Coverage view: `coverage` marks unmapped mentions in the text, `coverageList` shows the chapter list.
  const [coverage, setCoverage] = useState(false);
  const [coverageList, setCoverageList] = useState(false);
  const [report, setReport] = useState<CoverageReport | null>(null);
  const [reportError, setReportError] = useState(false);
  const article = useRef<HTMLElement>(null);
  const docId = target?.doc;

  useEffect(() => {
    if (!docId) return;
    let live = true;
    setDoc(null);
    loadDocument(docId).then(
      (d) => live && setDoc(d),
      () => {
        if (!live) return;
        showNotice(t(useAtlasStore.getState().lang, 'docNotFound'));
        openReader(null);
      },
    );
    return () => { live = false; };
  }, [docId, openReader, showNotice]);

  useEffect(() => {
    if (!coverage || report) return;
    let live = true;
    setReportError(false);
    loadCoverage().then((r) => live && setReport(r), () => live && setReportError(true));
    return () => { live = false; };
  }, [coverage, report]);
  const planCoverage = useMemo(() => report?.plans.find((p) => p.seed === docId) ?? null, [report, docId]);
  const unmappedMarks = useMemo(() => {
    const out = new Map<string, ExtraMark[]>();
    if (!coverage || !planCoverage) return out;
    for (const c of planCoverage.chapters) {
      for (const u of c.unmapped) out.set(u.paragraphId, [...(out.get(u.paragraphId) ?? []), { start: u.start, end: u.end, title: `${ct(lang, 'reasonPrefix')}${reasonText(u, lang)}` }]);
    }
    return out;
  }, [coverage, planCoverage, lang]);
  const toggleCoverage = () => {
    if (coverage && coverageList) { setCoverage(false); setCoverageList(false); return; }
    setCoverage(true);
    setCoverageList(true);
    setTocOpen(false);
  };

  const blocks = useMemo(() => (doc ? readingBlocks(doc) : []), [doc]);
  const links = useMemo(() => (docId && catalogue && details ? citingFeatures(catalogue.features, details, docId) : new Map()), [catalogue, details, docId]);
  const paragraphId = target?.paragraph;
  const selectedId = useAtlasStore((s) => s.selectedId);
  // The words to highlight: those the link names, else the selected feature's quote in this paragraph.
  const quote = target?.quote ?? (selectedId ? details?.[selectedId]?.citations.find((c) => c.seed === docId && c.paragraphId === paragraphId)?.quote : undefined);

  // Scroll to the target paragraph; fall back to the start with a notice when it does not exist.
  useEffect(() => {
    if (!doc || !article.current) return;
    if (!paragraphId) { article.current.scrollTop = 0; return; }
    const el = article.current.querySelector<HTMLElement>(paragraphSelector(paragraphId));
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    } else {
      showNotice(t(useAtlasStore.getState().lang, 'paragraphNotFound'));
      openReader({ doc: doc.id });
    }
  }, [doc, paragraphId, openReader, showNotice]);

  if (!target) return null;
  return (
    <section className="reader" aria-labelledby="reader-title">
      <header className="reader-head">
        <button type="button" className="back-button" onClick={() => backIfPrevious((h) => !h.doc) || openReader(null)}><span aria-hidden="true">←</span> <span className="back-text">{t(lang, 'backToMap')}</span></button>
        <h2 id="reader-title" lang="zh-CN">
          {doc ? `《${doc.title.text}》` : t(lang, 'loading')}
          {doc?.title.inferred && <small className="inferred" lang={lang === 'zh' ? 'zh-CN' : 'en'}> {t(lang, 'titleInferred')}</small>}
        </h2>
        {doc && (
          <p className="reader-meta" lang="zh-CN">
            {[doc.issuer, doc.docNumber, doc.dates?.written ?? doc.dates?.printed].filter(Boolean).join(' · ')}
          </p>
        )}
        <div className="reader-tools">
          <button type="button" aria-expanded={tocOpen} onClick={() => { setTocOpen(!tocOpen); setCoverageList(false); }}>{t(lang, 'contents')}</button>
          <button type="button" className="coverage-toggle" aria-pressed={coverage} aria-expanded={coverageList} onClick={toggleCoverage}>{ct(lang, 'coverage')}</button>
          {AUTHORING && doc && (
            <button type="button" className="cite-new" onMouseDown={(e) => e.preventDefault()} onClick={() => citeSelected(doc, article.current)}>{CITE_AS_NEW[lang]}</button>
          )}
          {doc && <ReaderSearch doc={doc} term={term} onTerm={setTerm} article={article} />}
        </div>
      </header>
      <div className="reader-body">
        {tocOpen && doc && <ReaderToc doc={doc} lang={lang} onPick={(id) => { openReader({ doc: doc.id, paragraph: id }); setTocOpen(false); }} />}
        {coverage && coverageList && doc && (
          <ReaderCoverage
            plan={planCoverage}
            error={reportError}
            onGo={(id) => {
              openReader({ doc: doc.id, paragraph: id });
              if (window.matchMedia('(max-width: 720px)').matches) setCoverageList(false);
            }}
          />
        )}
        <article ref={article} className="reader-text" lang="zh-CN" tabIndex={-1}>
          {blocks.map((b) =>
            b.type === 'table' ? (
              <ReaderTable key={b.table.id} doc={doc!} table={b.table} activeParagraph={paragraphId} quote={quote} term={term} />
            ) : b.type === 'heading' ? (
              <p key={b.heading.id} role="heading" aria-level={Math.min(6, b.heading.level + 2)} className={`reader-heading level-${b.heading.level}`} id={`${doc!.id}-${b.heading.id}`}>
                {b.heading.text}
              </p>
            ) : (
              <ReaderParagraph
                key={b.paragraph.id}
                doc={doc!}
                paragraph={b.paragraph}
                active={b.paragraph.id === paragraphId}
                quote={b.paragraph.id === paragraphId ? quote : undefined}
                term={term}
                features={links.get(b.paragraph.id)}
                unmapped={unmappedMarks.get(b.paragraph.id)}
              />
            ),
          )}
        </article>
      </div>
    </section>
  );
}
