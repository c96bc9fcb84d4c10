import { useState } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import { tl } from '../features/list/list-strings';
import { SearchBox } from '../features/search/SearchBox';

/** Present, compare, export and the data sources: inline on a desktop, behind a "more" button on a phone. */
function ModeButtons({ onExport, onDone, children }: { onExport: () => void; onDone: () => void; children: React.ReactNode }) {
  const lang = useAtlasStore((s) => s.lang);
  const comparing = useAtlasStore((s) => s.compare !== null);
  const run = (f: () => void) => () => { onDone(); f(); };
  return (
    <>
      <button type="button" onClick={run(() => useAtlasStore.getState().setPresent({}))}>{t(lang, 'present')}</button>
      <button type="button" aria-pressed={comparing} onClick={run(() => useAtlasStore.getState().setCompare(comparing ? null : { a: '', b: '' }))}>{t(lang, 'compare')}</button>
      <button type="button" onClick={run(onExport)}>{t(lang, 'export')}</button>
      {children}
    </>
  );
}

export function TopBar({ onExport }: { onExport: () => void }) {
  const [moreOpen, setMoreOpen] = useState(false);
  const lang = useAtlasStore((s) => s.lang);
  const sheet = useAtlasStore((s) => s.sheet);
  const openSheet = useAtlasStore((s) => s.openSheet);
  const setLang = useAtlasStore((s) => s.setLang);
  const toggle = (which: 'layers' | 'sources' | 'list') => openSheet(sheet === which ? 'none' : which);
  return (
    <header className="topbar">
      <h1 className="brand">
        <span className="brand-main">{t(lang, 'appTitle')}</span>
        <span className="brand-sub">{t(lang, 'appSubtitle')}</span>
      </h1>
      <SearchBox />
      <nav className="topbar-actions" aria-label={t(lang, 'appTitle')}>
        <span className={`topbar-modes${moreOpen ? ' open' : ''}`} id="topbar-modes">
          <ModeButtons onExport={onExport} onDone={() => setMoreOpen(false)}>
            <button type="button" data-sheet-toggle="sources" aria-pressed={sheet === 'sources'} onClick={() => { setMoreOpen(false); toggle('sources'); }}>{t(lang, 'sources')}</button>
          </ModeButtons>
        </span>
        <button type="button" className="topbar-more" aria-expanded={moreOpen} aria-controls="topbar-modes" onClick={() => setMoreOpen(!moreOpen)} aria-label={t(lang, 'more')}>⋯</button>
        <button type="button" data-sheet-toggle="list" aria-pressed={sheet === 'list'} onClick={() => toggle('list')}>{tl(lang, 'list')}</button>
        <button type="button" data-sheet-toggle="layers" aria-pressed={sheet === 'layers'} onClick={() => toggle('layers')}>{t(lang, 'layers')}</button>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={lang === 'zh' ? 'EN (English)' : '中文'} title={t(lang, 'languageLabel')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {lang === 'zh' ? 'EN' : '中文'}
        </button>
      </nav>
    </header>
  );
}
