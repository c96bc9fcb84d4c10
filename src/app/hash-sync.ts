// Keeps the URL hash and the store in step: the hash is the state that can be shared.
// Selections and documents push a history entry (so Back works); map moves replace it.
import { formatHash, parseHash, type HashState } from '../lib/url/hash-state';
import type { AtlasState, AtlasStore } from '../store/atlas-store';
import { DEFAULT_LAYERS, sameLayers } from '../lib/catalogue/layer-visibility';

export function stateToHash(s: AtlasState): HashState {
  // While presenting, the tour and step say everything else.
  if (s.present) return { present: s.present, lang: s.lang };
  return {
    feature: s.selectedId ?? undefined,
    view: s.view ?? undefined,
    doc: s.reader?.doc,
    paragraph: s.reader?.paragraph,
    lang: s.lang,
    layers: sameLayers(s.layers, DEFAULT_LAYERS) ? undefined : s.layers,
    basemapOff: s.basemapOff,
  };
}

function applyHash(store: AtlasStore, hash: string): void {
  const h = parseHash(hash);
  const s = store.getState();
  s.setLang(h.lang ?? 'zh');
  s.setPresent(h.present ?? null);
  s.select(h.feature ?? null);
  s.setLayers(h.layers ?? DEFAULT_LAYERS);
  s.setBasemapOff(h.basemapOff ?? []);
  s.openReader(h.doc ? { doc: h.doc, paragraph: h.paragraph } : null);
  // The link's view wins; a link to a feature without one frames the feature.
  if (h.view) {
    s.reportView(h.view); // the link's view is the view from now on, before the map has got there
    s.moveCamera({ view: h.view });
  }
  else if (h.feature) s.moveCamera({ ids: [h.feature] }, { inset: { panel: true } });
}

export function startHashSync(store: AtlasStore): () => void {
  // While the URL is being applied to the store, the store's intermediate states must not be
  // written back to the URL (they would overwrite the entry Back just went to).
  let applying = false;
  // The hash last applied or written. When the URL differs from it, the user has navigated (Back,
  // Forward, an edited URL) and its hashchange has not arrived yet: the store is stale until then, and
  // writing it (say, a map move ending) would overwrite the entry just navigated to.
  let synced = location.hash;
  const apply = () => {
    applying = true;
    synced = location.hash;
    try {
      applyHash(store, location.hash);
    } finally {
      applying = false;
    }
  };
  apply();
  const onHashChange = () => apply();
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = store.subscribe((next, prev) => {
    if (applying || location.hash !== synced) return;
    const hash = formatHash(stateToHash(next));
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const presenting = !!next.present || !!prev.present;
    const push = presenting ? !next.present !== !prev.present : next.selectedId !== prev.selectedId || next.reader?.doc !== prev.reader?.doc || next.reader?.paragraph !== prev.reader?.paragraph;
    const url = `${location.pathname}${location.search}${hash}`;
    // pushState/replaceState never fire hashchange, so there is no echo to guard against.
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    synced = location.hash;
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
