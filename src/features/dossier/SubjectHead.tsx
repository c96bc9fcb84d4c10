// The head of a place's, frame's or plan's panel: what it is, its name in both languages, and Close.
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import type { Lang } from '../../lib/catalogue/catalogue-types';

interface Props { chip: string; title: string; alt?: string; altLang: Lang; colour?: string }

export function SubjectHead({ chip, title, alt, altLang, colour }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const select = useAtlasStore((s) => s.select);
  return (
    <header className="feature-head">
      <span className="kind-chip">{colour && <span className="kind-dot" style={{ background: colour }} aria-hidden="true" />}{chip}</span>
      <h2 id="subject-title" tabIndex={-1} lang={lang === 'zh' ? 'zh-CN' : 'en'}>{title}</h2>
      {alt && alt !== title && <p className="alt-name" lang={altLang === 'zh' ? 'zh-CN' : 'en'}>{alt}</p>}
      <button type="button" className="icon-button close" onClick={() => select(null)} aria-label={t(lang, 'close')}>×</button>
    </header>
  );
}
