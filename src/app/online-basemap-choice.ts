// The user's 天地图 choice survives a reload in this browser only (localStorage; the key goes nowhere but to
// 天地图's tile servers). Only a build that offers 天地图 (ATLAS_TIANDITU) reads or writes it.
import buildOptions from 'virtual:build-options';
import type { AtlasStore } from '../store/atlas-store';
import { readOnlineBasemap } from '../lib/basemap/online-basemap';

const STORAGE_KEY = 'atlas.tianditu';

export function startOnlineBasemapChoice(store: AtlasStore): () => void {
  if (!buildOptions.tiandituReview) return () => undefined;
  const stored = readOnlineBasemap(safeRead());
  if (stored) store.getState().setOnlineBasemap(stored);
  return store.subscribe((s, prev) => {
    if (s.onlineBasemap === prev.onlineBasemap) return;
    try {
      if (s.onlineBasemap) localStorage.setItem(STORAGE_KEY, JSON.stringify(s.onlineBasemap));
      else localStorage.removeItem(STORAGE_KEY);
    } catch { /* storage refused (private mode): the choice lasts for this visit */ }
  });
}

function safeRead(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
