import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';

/** A dismissible message, announced to screen readers. */
export function Notice() {
  const notice = useAtlasStore((s) => s.notice);
  const lang = useAtlasStore((s) => s.lang);
  const showNotice = useAtlasStore((s) => s.showNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice}</span>
      <button type="button" onClick={() => showNotice(null)}>{t(lang, 'dismiss')}</button>
    </div>
  );
}
