// Keeps the URL hash and the store in step: the hash is the state that can be shared.
// Which changes are new history entries (so Back undoes them) and which rewrite the current one: `historyStep`.
// Each entry the app makes remembers its kind and the hash behind it (`AtlasHistoryState`).
import { formatHash, parseHash, type HashState } from '../lib/url/hash-state';
import { historyStep } from '../lib/url/history-step';
import { entryState, type AtlasHistoryState } from '../components/history-back';
import type { AtlasState, AtlasStore, Subject } from '../store/atlas-store';
import { t } from '../lib/i18n/strings';
import { sameLayers } from '../lib/catalogue/layer-visibility';
import { DEFAULT_LAYERS } from '../store/default-layers';

export function stateToHash(s: AtlasState): HashState {
  // While presenting, the tour and step say everything else.
  if (s.present) return { present: s.present, lang: s.lang };
  // While comparing, the compared pair and the view (the main map's layers are the compare's).
  if (s.compare) return { compare: s.compare, view: s.view ?? undefined, lang: s.lang };
  return {
    feature: s.selectedId ?? undefined,
    place: s.subject?.kind === 'place' ? s.subject.id : undefined,
    frame: s.subject?.kind === 'frame' ? s.subject.id : undefined,
    plan: s.subject?.kind === 'plan' ? s.subject.id : undefined,
    view: s.view ?? undefined,
    doc: s.reader?.doc,
    paragraph: s.reader?.paragraph,
    lang: s.lang,
    layers: sameLayers(s.layers, DEFAULT_LAYERS) ? undefined : s.layers,
    basemapOff: s.basemapOff,
    panel: s.sheet === 'none' ? undefined : s.sheet,
  };
}

function applyHash(store: AtlasStore, hash: string): void {
  const h = parseHash(hash);
  const s = store.getState();
  s.setLang(h.lang ?? 'zh');
  s.setPresent(h.present ?? null);
  // One selection: a link naming several keeps the first of feature, place, frame, plan.
  const subject = linkSubject(h);
  s.openSubject(subject);
  if (h.rejected?.length && !subject) s.showNotice(t(h.lang ?? 'zh', 'subjectNotFound'));
  s.setLayers(h.layers ?? DEFAULT_LAYERS);
  s.setBasemapOff(h.basemapOff ?? []);
  s.openReader(h.doc ? { doc: h.doc, paragraph: h.paragraph } : null);
  s.openSheet(h.panel ?? 'none');
  s.setCompare(h.compare ?? null);
  // The link's view wins; a link to a feature without one frames the feature.
  if (h.view) {
    s.reportView(h.view); // the link's view is the view from now on, before the map has got there
    s.moveCamera({ view: h.view });
  }
  else if (subject) {
    s.showSubject(subject); // framed; a frame's or plan's layer goes on…
    if (h.layers) s.setLayers(h.layers); // …unless the link says which layers
  }
}

function linkSubject(h: HashState): Subject | null {
  if (h.feature) return { kind: 'feature', id: h.feature };
  if (h.place) return { kind: 'place', id: h.place };
  if (h.frame) return { kind: 'frame', id: h.frame };
  if (h.plan) return { kind: 'plan', id: h.plan };
  return null;
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
  const unsubscribe = store.subscribe((next) => {
    if (applying || location.hash !== synced) return;
    const hash = formatHash(stateToHash(next));
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const here = entryState();
    const step = historyStep(parseHash(location.hash), stateToHash(next), here?.atlasKind);
    const url = `${location.pathname}${location.search}${hash}`;
    // pushState/replaceState never fire hashchange, so there is no echo to guard against.
    if (step.push) history.pushState({ atlasKind: step.kind, atlasPrev: location.hash } satisfies AtlasHistoryState, '', url);
    else history.replaceState(history.state, '', url);
    synced = location.hash;
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
