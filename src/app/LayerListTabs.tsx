// Layers and the feature list share one sheet: two tabs at its top (on a phone the top bar has no
// room for a separate list button, so this is how the list is reached there).
import type { KeyboardEvent } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import { tl } from '../features/list/list-strings';

const TABS = ['layers', 'list'] as const;

export function LayerListTabs() {
  const lang = useAtlasStore((s) => s.lang);
  const sheet = useAtlasStore((s) => s.sheet);
  const openSheet = useAtlasStore((s) => s.openSheet);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = sheet === 'layers' ? 'list' : 'layers';
    openSheet(next);
    requestAnimationFrame(() => document.getElementById(`sheet-tab-${next}`)?.focus());
  };
  return (
    <div className="sheet-tabs" role="tablist" aria-label={`${t(lang, 'layers')} / ${tl(lang, 'list')}`} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button key={tab} id={`sheet-tab-${tab}`} type="button" role="tab" aria-selected={sheet === tab} aria-controls="sheet-tabpanel"
          tabIndex={sheet === tab ? 0 : -1} data-sheet-tab={tab} onClick={() => openSheet(tab)}>
          {tab === 'layers' ? t(lang, 'layers') : tl(lang, 'list')}
        </button>
      ))}
    </div>
  );
}
