// Which plans' files are loaded (data/catalogue/<plan>.json), and when: the first view fetches the plans
// its layers show, so its data does not grow with the corpus; a layer, a selection, the reader, a place's
// dossier, compare or the presenter bring the plans they need into the catalogue when they are asked for.
// Once the first view is settled, in quiet moments, the other plans' files are fetched and read ahead
// (not drawn), as details and search are: each kept as its bytes, with the ids of the features it holds
// (parsed, fifty plans' files would outweigh the rest of the page), so that a selection from another plan
// finds its plan at once and parses that one file. The store's
// `catalogue` is the plans brought in, joined, and `catalogueComplete` says when every registered plan is
// in it (only then is an id it lacks unknown).
import { bootSettled, type AtlasState, type AtlasStore } from '../store/atlas-store';
import { whenState } from '../store/when-state';
import { inputQuiet, userQuiet } from '../components/user-quiet';
import type { FeatureDetails, FeatureSummary } from '../lib/catalogue/catalogue-types';
import { joinParts, type CataloguePart, type PlanShard } from '../lib/catalogue/plan-shards';
import { plansOfGroups, type PlanSummary } from '../lib/plans/plan-summary';
import { planGroup } from '../lib/catalogue/layer-visibility';

export interface PlanLoaders {
  plans: () => Promise<PlanSummary[]>;
  /** A plan's file as its bytes (kept so when read ahead), and those bytes parsed. */
  bytes: (plan: string) => Promise<ArrayBuffer>;
  parse: (bytes: ArrayBuffer) => PlanShard;
  /** Its features and frames, read from the file. */
  read: (file: PlanShard) => Promise<CataloguePart>;
  /** One feature's details: `plans` names the files that hold it. */
  featureDetails: (id: string) => Promise<FeatureDetails>;
}

/** The ids of the features a plan's file holds. */
const featureIds = (file: PlanShard): Set<string> =>
  new Set(file.features.geometries.map((g) => (g.properties as FeatureSummary | undefined)?.id).filter((id): id is string => !!id));

/** What a state asks for: some plans, or all of them. */
export type PlanNeed = { all: true } | { all: false; plans: string[] };

/** The plans a state needs at once (a selected feature's plans come from its details: see `startPlanLoading`). */
export function plansNeeded(s: AtlasState, registry: PlanSummary[]): PlanNeed {
  if (s.subject?.kind === 'place' || s.present || s.compare || s.picks) return { all: true };
  const groups = [...s.layers];
  if (s.subject?.kind === 'frame') groups.push(s.subject.id);
  if (s.subject?.kind === 'plan') groups.push(planGroup(s.subject.id));
  if (s.reader) groups.push(planGroup(s.reader.doc));
  return { all: false, plans: plansOfGroups(groups, registry) };
}

export interface PlanLoading {
  stop: () => void;
  /** Fetches the loaded plans again (the authoring mode saved a feature and emptied the data cache). */
  reload: () => void;
}

/** `everything`: load every plan from the start (the authoring mode lists and composes across plans). */
export function startPlanLoading(store: AtlasStore, load: PlanLoaders, onError: (e: Error) => void, everything = false): PlanLoading {
  let stopped = false;
  let registry: PlanSummary[] | null = null;
  const parts = new Map<string, CataloguePart>();
  /** Plans read ahead (not drawn), each its file's bytes and its features: where a selection looks first. */
  const readAhead = new Map<string, { bytes: ArrayBuffer; ids: Set<string> }>();
  const asked = new Set<string>();
  const askedFeatures = new Set<string>();
  let generation = 0;

  let pending = 0;
  const busy = (change: number) => {
    pending += change;
    if (!stopped && store.getState().catalogueLoading !== pending > 0) store.getState().setCatalogueLoading(pending > 0);
  };
  const publish = () => {
    if (stopped || !registry) return;
    const loaded = registry.filter((p) => parts.has(p.id)).map((p) => parts.get(p.id)!);
    store.getState().setCatalogue(joinParts(loaded), loaded.length === registry.length);
  };
  /** Loads the plans not asked for yet, and publishes the catalogue once they have all arrived. */
  const request = (plans: string[]) => {
    const fresh = plans.filter((p) => !asked.has(p));
    if (!fresh.length) return Promise.resolve();
    for (const p of fresh) asked.add(p);
    const at = generation;
    busy(+1);
    const file = (p: string) => { const kept = readAhead.get(p); readAhead.delete(p); return (kept ? Promise.resolve(kept.bytes) : load.bytes(p)).then(load.parse); };
    return Promise.all(fresh.map((p) => file(p).then(load.read).then((part) => { if (at === generation) parts.set(p, part); })))
      .then(() => { if (at === generation) publish(); }, (e: Error) => { for (const p of fresh) asked.delete(p); if (!stopped) onError(e); })
      .finally(() => busy(-1));
  };
  const all = () => request(registry!.map((p) => p.id));

  /**
   * A selected feature not in the loaded plans: the plans read ahead that hold it, or else the plans its
   * details name; a feature they lack (a former id, a wrong one) needs them all.
   */
  const selectionPlans = (s: AtlasState) => {
    const id = s.subject?.kind === 'feature' ? s.subject.id : null;
    if (!id || askedFeatures.has(id) || !s.catalogue || s.catalogueComplete) return;
    if (s.catalogue.features.features.some((f) => f.properties.id === id)) return;
    askedFeatures.add(id);
    const holding = [...readAhead].filter(([, kept]) => kept.ids.has(id)).map(([plan]) => plan);
    if (holding.length) return void request(holding);
    load.featureDetails(id)
      .then((d) => request(d.plans ?? []))
      .then(() => {
        const now = store.getState();
        if (now.selectedId === id && !now.catalogue?.features.features.some((f) => f.properties.id === id)) void all();
      })
      .catch(() => { if (!stopped) void all(); });
  };

  const check = (s: AtlasState) => {
    if (stopped || !registry) return;
    const need = everything ? { all: true as const } : plansNeeded(s, registry);
    if (need.all) void all();
    else void request(need.plans);
    selectionPlans(s);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.layers !== prev.layers || s.subject !== prev.subject || s.reader !== prev.reader || s.present !== prev.present || s.compare !== prev.compare || s.picks !== prev.picks || s.catalogue !== prev.catalogue) check(s);
  });
  load.plans().then((list) => {
    registry = list;
    const first = everything ? { all: true as const } : plansNeeded(store.getState(), list);
    // The first view: its plans, or none (the map then draws the basemap alone).
    void request(first.all ? list.map((p) => p.id) : first.plans).then(() => { if (!store.getState().catalogue) publish(); });
    selectionPlans(store.getState());
    // Read ahead, not drawn, from an idle moment on, one plan at a time, paused while the user types or pans (a
    // failure is no matter: the plan is fetched again when needed); a User Timing mark says when it starts (tests
    // and the console read it).
    void whenState(store, bootSettled).then(userQuiet).then(async () => {
      if (stopped) return;
      performance.mark('atlas-plans-read-ahead');
      for (const p of list) {
        if (asked.has(p.id)) continue;
        await inputQuiet();
        if (stopped) return;
        if (asked.has(p.id)) continue;
        try {
          const bytes = await load.bytes(p.id);
          if (!asked.has(p.id)) readAhead.set(p.id, { bytes, ids: featureIds(load.parse(bytes)) });
        } catch { /* fetched and read again when needed */ }
      }
    });
  }, (e: Error) => { if (!stopped) onError(e); });

  return {
    stop: () => {
      stopped = true;
      unsubscribe();
    },
    reload: () => {
      generation++;
      const again = [...asked];
      asked.clear();
      askedFeatures.clear();
      parts.clear();
      readAhead.clear();
      void request(again);
    },
  };
}
