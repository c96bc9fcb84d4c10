// The app's one store: UI state only. The map object never lives here; the map controller
// subscribes to this store and reports clicks, hovers and moves back through its actions.
import { create } from 'zustand';
import type { Geometry } from 'geojson';
import type { Lang, AtlasFeatureCollection, FeatureDetails, PlanFrame } from '../lib/catalogue/catalogue-types';
import type { MapView } from '../lib/url/hash-state';
import { DEFAULT_LAYERS } from './default-layers';
import type { CameraIntent, CameraTarget } from '../lib/camera/camera-intent';
import type { MapCovers } from '../lib/camera/map-inset';
import type { PlaceIndexEntry } from '../lib/places/place-index-types';
import { planGroup } from '../lib/catalogue/layer-visibility';
import type { OnlineBasemap } from '../lib/basemap/online-basemap';

export interface ReaderTarget { doc: string; paragraph?: string; quote?: string }
export interface PlaceMarker { lon: number; lat: number; name: string }

/** What the user asks about, one at a time: a plan feature, a place (county or prefecture), a frame or a plan. */
export type SubjectKind = 'feature' | 'place' | 'frame' | 'plan';
export interface Subject { kind: SubjectKind; id: string }

/** A click where several plan features overlap: all of them (smallest first) and the county clicked. */
export interface HereList { ids: string[]; place: string | null }

export interface Catalogue {
  features: AtlasFeatureCollection;
  frames: PlanFrame[];
}

export interface AtlasState {
  lang: Lang;
  /** The plans drawn so far, as one catalogue (src/app/plan-loading.ts): the first view's plans, then others as needed (files read ahead are not in it). */
  catalogue: Catalogue | null;
  /** Every registered plan is in `catalogue`: only then is an id it lacks unknown. */
  catalogueComplete: boolean;
  /** Plans' files are being fetched (the map says it is busy). */
  catalogueLoading: boolean;
  /** Counts the times the built data changed under the running app (the authoring mode saved): what was loaded is fetched again. */
  dataEdition: number;
  /** Citations, provenance and notes by feature id: loaded after the first view. */
  details: Record<string, FeatureDetails> | null;
  /** Single features' details fetched ahead of the whole file (a selection's own), by feature id. */
  earlyDetails: Record<string, FeatureDetails>;
  /** The one selection (URL `f=`, `place=`, `fr=`, `plan=`). */
  subject: Subject | null;
  /** The subject's id when it is a feature, else null (what the feature panel, the map and the lists read). */
  selectedId: string | null;
  /** The selected place's entry of the place index, once its file has loaded. */
  placeEntry: { id: string; entry: PlaceIndexEntry } | null;
  /** "What's here": several features under a click, listed to choose from (not part of the URL). */
  here: HereList | null;
  hoveredId: string | null;
  /** Layer groups switched on: frame ids and whole plans (`plan:<seed>`). */
  layers: string[];
  /** Basemap layer groups switched off. */
  basemapOff: string[];
  /** 天地图 under the plan layers instead of the embedded basemap (a build with ATLAS_TIANDITU, the user's own key). */
  onlineBasemap: OnlineBasemap | null;
  /** The view the map shows, as the map reports it (null until it has moved): the URL's `v=`. */
  view: MapView | null;
  /** The last camera intent: the map controller (or the SVG map) applies each one once. */
  camera: CameraIntent | null;
  reader: ReaderTarget | null;
  notice: string | null;
  /** A place chosen in search: the map marks it (not part of the URL). */
  place: PlaceMarker | null;
  sheet: 'none' | 'layers' | 'sources' | 'list';
  /** Presenter mode (`#present…`): the tour id, 1-based step and autoplay seconds; null when not presenting. */
  present: PresentState | null;
  /** Plan comparison: the two layer groups (plan:<seed> or frame ids) compared, and the divider's place
   *  (share of the width) once the user has moved it; null when not comparing. */
  compare: { a: string; b: string; x?: number } | null;
  /** Authoring mode (development only): the passage last cited as a new feature. */
  cited: { seed: string; quote: string; prefix?: string; headingPath?: string[]; seq: number } | null;
  /** Places (county or prefecture codes) picked on the map to compose a shape; while not null, a click on the
   *  map toggles its county here instead of selecting. */
  picks: string[] | null;
  /** Authoring mode: the shape the build made of the draft at its last check, drawn on the map as a preview. */
  authorPreview: Geometry | null;
  /** The main map's layers and selection from before compare, brought back when compare did not come from the map's own history entry. */
  beforeCompare: { layers: string[]; selectedId: string | null } | null;
  /** How the map is drawn: maplibre (WebGL 2), or the SVG fallback when WebGL is missing or its context is gone. */
  mapRenderer: 'webgl' | 'svg';
  /**
   * How far the map has booted: the build-time picture; the live map's code loading and its first view
   * drawing underneath; the live map drawn; or the SVG map drawn instead (no WebGL 2, or its context lost).
   */
  boot: BootStage;
}

export type BootStage = 'picture' | 'loading' | 'drawn' | 'svg';
/** The first view is settled: the live map has drawn it, or the SVG map stands in. */
export const bootSettled = (s: Pick<AtlasState, 'boot'>): boolean => s.boot === 'drawn' || s.boot === 'svg';

export interface PresentState { tour?: string; step?: number; auto?: number }

export interface AtlasActions {
  setLang(lang: Lang): void;
  /** `complete`: every plan is in it (the default: a catalogue loaded whole). */
  setCatalogue(catalogue: Catalogue, complete?: boolean): void;
  dataChanged(): void;
  setCatalogueLoading(loading: boolean): void;
  setDetails(details: Record<string, FeatureDetails>): void;
  addEarlyDetails(id: string, details: FeatureDetails): void;
  /** Selects a feature without moving the map (as a click on the map does); null clears any selection. */
  select(id: string | null): void;
  /** Selects a feature, place, frame or plan without moving the map. */
  openSubject(subject: Subject | null): void;
  /** Selects it and frames it beside its panel (search, links, lists); a frame's or plan's layer is switched on. */
  showSubject(subject: Subject): void;
  setPlaceEntry(placeEntry: AtlasState['placeEntry']): void;
  /** What a click on the map hit: plan features (smallest first) and the county under it. One feature opens;
   *  several are listed; none opens the county's dossier (or clears the selection outside Shanxi). */
  pickAt(ids: string[], place: string | null): void;
  showHere(here: HereList | null): void;
  /** Selects a feature and frames it beside its panel (list, search, links, reader). */
  showFeature(id: string): void;
  hover(id: string | null): void;
  toggleLayer(group: string): void;
  setLayers(layers: string[]): void;
  toggleBasemap(group: string): void;
  setBasemapOff(groups: string[]): void;
  setOnlineBasemap(onlineBasemap: OnlineBasemap | null): void;
  /** The map moved by itself (user pan/zoom). */
  reportView(view: MapView): void;
  /** Ask the map to show something: the one way anything but the map itself moves the camera. */
  moveCamera(target: CameraTarget, options?: { inset?: MapCovers; animate?: boolean }): void;
  openReader(target: ReaderTarget | null): void;
  showNotice(notice: string | null): void;
  showPlace(place: PlaceMarker | null): void;
  openSheet(sheet: AtlasState['sheet']): void;
  setPresent(present: PresentState | null): void;
  setCompare(compare: AtlasState['compare']): void;
  rememberBeforeCompare(): void;
  citePassage(seed: string, quote: string, found?: { prefix?: string; headingPath?: string[] }): void;
  setPicks(picks: string[] | null): void;
  setAuthorPreview(preview: Geometry | null): void;
  /** The WebGL map cannot draw (no WebGL 2, or its context was lost for good): switch to the SVG map. */
  switchToSvgMap(): void;
  /** The map is wanted (a reach for the picture, or state the picture cannot show): load the live map. */
  wantMap(): void;
  /** The live map has drawn its first view: the picture can go. */
  reportMapDrawn(): void;
}

export const initialAtlasState: AtlasState = {
  lang: 'zh',
  catalogue: null,
  catalogueComplete: false,
  dataEdition: 0,
  catalogueLoading: false,
  details: null,
  earlyDetails: {},
  subject: null,
  selectedId: null,
  placeEntry: null,
  here: null,
  hoveredId: null,
  layers: DEFAULT_LAYERS,
  basemapOff: [],
  onlineBasemap: null,
  view: null,
  camera: null,
  reader: null,
  notice: null,
  place: null,
  sheet: 'none',
  present: null,
  compare: null,
  cited: null,
  picks: null,
  authorPreview: null,
  beforeCompare: null,
  mapRenderer: 'webgl',
  boot: 'picture',
};

const intent = (last: CameraIntent | null, target: CameraTarget, options: { inset?: MapCovers; animate?: boolean } = {}): CameraIntent =>
  ({ seq: (last?.seq ?? 0) + 1, target, inset: options.inset, animate: options.animate ?? true });

/** A new selection: the feature mirror follows it, and any "what's here" list closes. */
const subjectState = (subject: Subject | null): Pick<AtlasState, 'subject' | 'selectedId' | 'here'> =>
  ({ subject, selectedId: subject?.kind === 'feature' ? subject.id : null, here: null });

/** A selection framed beside its panel: a frame's parts or a plan's features with their layer switched on. */
function subjectShown(s: AtlasState, subject: Subject): Partial<AtlasState> {
  const inset = { inset: { panel: true } };
  const features = s.catalogue?.features.features ?? [];
  if (subject.kind === 'feature') return { ...subjectState(subject), camera: intent(s.camera, { ids: [subject.id] }, inset) };
  if (subject.kind === 'place') return { ...subjectState(subject), camera: intent(s.camera, { place: subject.id }, inset) };
  const frame = subject.kind === 'frame' ? s.catalogue?.frames.find((f) => f.id === subject.id) : undefined;
  const ids = frame ? frame.groups.flatMap((g) => g.members) : features.filter((f) => f.properties.seeds.includes(subject.id)).map((f) => f.properties.id);
  const group = subject.kind === 'frame' ? subject.id : planGroup(subject.id);
  return {
    ...subjectState(subject),
    layers: s.layers.includes(group) ? s.layers : [...s.layers, group],
    ...(ids.length ? { camera: intent(s.camera, { ids }, inset) } : {}),
  };
}

const toggled = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const useAtlasStore = create<AtlasState & AtlasActions>()((set) => ({
  ...initialAtlasState,
  setLang: (lang) => set({ lang }),
  setCatalogue: (catalogue, complete = true) => set({ catalogue, catalogueComplete: complete }),
  dataChanged: () => set((s) => ({ dataEdition: s.dataEdition + 1 })),
  setCatalogueLoading: (catalogueLoading) => set({ catalogueLoading }),
  setDetails: (details) => set({ details }),
  addEarlyDetails: (id, details) => set((s) => ({ earlyDetails: { ...s.earlyDetails, [id]: details } })),
  select: (id) => set(subjectState(id ? { kind: 'feature', id } : null)),
  openSubject: (subject) => set(subjectState(subject)),
  showSubject: (subject) => set((s) => subjectShown(s, subject)),
  setPlaceEntry: (placeEntry) => set({ placeEntry }),
  pickAt: (ids, place) => set((s) => {
    if (s.picks) return place ? { picks: s.picks.includes(place) ? s.picks.filter((p) => p !== place) : [...s.picks, place] } : {};
    if (ids.length > 1) return { here: { ids, place } };
    if (ids.length === 1) return subjectState({ kind: 'feature', id: ids[0] });
    return subjectState(place ? { kind: 'place', id: place } : null);
  }),
  showHere: (here) => set({ here }),
  showFeature: (id) => set((s) => ({ ...subjectState({ kind: 'feature', id }), camera: intent(s.camera, { ids: [id] }, { inset: { panel: true } }) })),
  hover: (hoveredId) => set({ hoveredId }),
  toggleLayer: (group) => set((s) => ({ layers: toggled(s.layers, group) })),
  setLayers: (layers) => set({ layers }),
  toggleBasemap: (group) => set((s) => ({ basemapOff: toggled(s.basemapOff, group) })),
  setBasemapOff: (basemapOff) => set({ basemapOff }),
  setOnlineBasemap: (onlineBasemap) => set({ onlineBasemap }),
  reportView: (view) => set({ view }),
  moveCamera: (target, options) => set((s) => ({ camera: intent(s.camera, target, options) })),
  openReader: (reader) => set({ reader }),
  showNotice: (notice) => set({ notice }),
  showPlace: (place) => set({ place }),
  citePassage: (seed, quote, found) => set((s) => ({ cited: { seed, quote, ...found, seq: (s.cited?.seq ?? 0) + 1 } })),
  setPicks: (picks) => set({ picks }),
  setAuthorPreview: (authorPreview) => set({ authorPreview }),
  openSheet: (sheet) => set({ sheet }),
  setPresent: (present) => set({ present }),
  setCompare: (compare) => set({ compare }),
  rememberBeforeCompare: () => set((s) => ({ beforeCompare: { layers: s.layers, selectedId: s.selectedId } })),
  switchToSvgMap: () => set({ mapRenderer: 'svg', boot: 'svg' }),
  wantMap: () => set((s) => (s.boot === 'picture' ? { boot: 'loading' } : {})),
  reportMapDrawn: () => set((s) => (s.boot === 'loading' ? { boot: 'drawn' } : {})),
}));

export type AtlasStore = typeof useAtlasStore;
