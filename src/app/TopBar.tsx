import { useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import { tl } from '../features/list/list-strings';
import { SearchBox } from '../features/search/SearchBox';
import { leaveCompare } from '../components/leave-compare';

/** Present, compare, export and the data sources: inline on a desktop, behind a "more" button on a phone. */
function ModeButtons({ onExport, onDone, children }: { onExport: () => void; onDone: () => void; children: React.ReactNode }) {
  const lang = useAtlasStore((s) => s.lang);
  const comparing = useAtlasStore((s) => s.compare !== null);
  const run = (f: () => void) => () => { onDone(); f(); };
  return (
    <>
      <button type="button" onClick={run(() => useAtlasStore.getState().setPresent({}))}>{t(lang, 'present')}</button>
      <button type="button" aria-pressed={comparing} onClick={run(() => (comparing ? leaveCompare(useAtlasStore) : useAtlasStore.getState().setCompare({ a: '', b: '' })))}>{t(lang, 'compare')}</button>
      <button type="button" onClick={run(onExport)}>{t(lang, 'export')}</button>
      {children}
    </>
  );
}

/**
 * The "more" menu closes on Escape (focus back on its button) and on a tap outside it, which a
 * backdrop takes so that it does not also select what lies under it on the map.
 */
function useMenuClose(open: boolean, close: () => void) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      close();
      button.current?.focus();
    };
    // A tap on something above the backdrop (an open sheet) closes the menu too, and goes on to it.
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element;
      if (!target.closest('.topbar-modes, .topbar-more, .menu-backdrop')) close();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onDown, true);
    };
  }, [open, close]);
  const backdrop = open ? <div className="menu-backdrop" aria-hidden="true" onClick={close} /> : null;
  return { button, backdrop };
}

export function TopBar({ onExport }: { onExport: () => void }) {
  const [moreOpen, setMoreOpen] = useState(false);
  const closeMore = useRef(() => setMoreOpen(false)).current;
  const menu = useMenuClose(moreOpen, closeMore);
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
      {menu.backdrop}
      <nav className="topbar-actions" aria-label={t(lang, 'appTitle')}>
        <span className={`topbar-modes${moreOpen ? ' open' : ''}`} id="topbar-modes">
          <ModeButtons onExport={onExport} onDone={() => setMoreOpen(false)}>
            <button type="button" data-sheet-toggle="sources" aria-pressed={sheet === 'sources'} onClick={() => { setMoreOpen(false); toggle('sources'); }}>{t(lang, 'sources')}</button>
          </ModeButtons>
        </span>
        <button type="button" ref={menu.button} className="topbar-more" aria-expanded={moreOpen} aria-controls="topbar-modes" onClick={() => setMoreOpen(!moreOpen)} aria-label={t(lang, 'more')}>⋯</button>
        <button type="button" data-sheet-toggle="list" aria-pressed={sheet === 'list'} onClick={() => toggle('list')}>{tl(lang, 'list')}</button>
        <button type="button" data-sheet-toggle="layers" aria-pressed={sheet === 'layers'} onClick={() => toggle('layers')}>{t(lang, 'layers')}</button>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={lang === 'zh' ? 'EN (English)' : '中文'} title={t(lang, 'languageLabel')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {lang === 'zh' ? 'EN' : '中文'}
        </button>
      </nav>
    </header>
  );
}
