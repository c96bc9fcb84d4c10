// What the error boundaries do after a crash: back to the default view (no selection, no reader, no
// open sheet, default layers) with a notice. The map and the loaded data stay; the hash follows.
import type { AtlasStore } from '../store/atlas-store';
import { DEFAULT_LAYERS } from '../store/default-layers';
import { t } from '../lib/i18n/strings';

export function recoverWorkingView(store: AtlasStore, error: unknown): void {
  console.warn('Recovered from an error:', error);
  const s = store.getState();
  s.select(null);
  s.hover(null);
  s.openReader(null);
  s.openSheet('none');
  s.setLayers(DEFAULT_LAYERS);
  s.setBasemapOff([]);
  s.showNotice(t(s.lang, 'recovered'));
}
