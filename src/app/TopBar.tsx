import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';

export function TopBar() {
  const lang = useAtlasStore((s) => s.lang);
  const sheet = useAtlasStore((s) => s.sheet);
  const openSheet = useAtlasStore((s) => s.openSheet);
  const setLang = useAtlasStore((s) => s.setLang);
  const toggle = (which: 'layers' | 'sources') => openSheet(sheet === which ? 'none' : which);
  return (
    <header className="topbar">
      <h1 className="brand">
        <span className="brand-main">{t(lang, 'appTitle')}</span>
        <span className="brand-sub">{t(lang, 'appSubtitle')}</span>
      </h1>
      <nav className="topbar-actions" aria-label={t(lang, 'appTitle')}>
        <button type="button" aria-pressed={sheet === 'layers'} onClick={() => toggle('layers')}>{t(lang, 'layers')}</button>
        <button type="button" aria-pressed={sheet === 'sources'} onClick={() => toggle('sources')}>{t(lang, 'sources')}</button>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={t(lang, 'languageLabel')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t(lang, 'language')}
        </button>
      </nav>
    </header>
  );
}
