// The app's one store: UI state only. The map object never lives here; the map controller
// subscribes to this store and reports clicks, hovers and moves back through its actions.
import { create } from 'zustand';
import type { Lang, AtlasFeatureCollection, FeatureDetails, PlanFrame } from '../lib/catalogue/catalogue-types';
import type { MapView } from '../lib/url/hash-state';
import { DEFAULT_LAYERS } from './default-layers';
import type { CameraIntent, CameraTarget } from '../lib/camera/camera-intent';
import type { MapCovers } from '../lib/camera/map-inset';

export interface ReaderTarget { doc: string; paragraph?: string; quote?: string }
export interface PlaceMarker { lon: number; lat: number; name: string }

export interface Catalogue {
  features: AtlasFeatureCollection;
  frames: PlanFrame[];
}

export interface AtlasState {
  lang: Lang;
  catalogue: Catalogue | null;
  /** Citations, provenance and notes by feature id: loaded after the first view. */
  details: Record<string, FeatureDetails> | null;
  /** Single features' details fetched ahead of the whole file (a selection's own), by feature id. */
  earlyDetails: Record<string, FeatureDetails>;
  selectedId: string | null;
  hoveredId: string | null;
  /** Layer groups switched on: frame ids and whole plans (`plan:<seed>`). */
  layers: string[];
  /** Basemap layer groups switched off. */
  basemapOff: string[];
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
  setCatalogue(catalogue: Catalogue): void;
  setDetails(details: Record<string, FeatureDetails>): void;
  addEarlyDetails(id: string, details: FeatureDetails): void;
  /** Selects a feature without moving the map (as a click on the map does). */
  select(id: string | null): void;
  /** Selects a feature and frames it beside its panel (list, search, links, reader). */
  showFeature(id: string): void;
  hover(id: string | null): void;
  toggleLayer(group: string): void;
  setLayers(layers: string[]): void;
  toggleBasemap(group: string): void;
  setBasemapOff(groups: string[]): void;
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
  details: null,
  earlyDetails: {},
  selectedId: null,
  hoveredId: null,
  layers: DEFAULT_LAYERS,
  basemapOff: [],
  view: null,
  camera: null,
  reader: null,
  notice: null,
  place: null,
  sheet: 'none',
  present: null,
  compare: null,
  mapRenderer: 'webgl',
  boot: 'picture',
};

const intent = (last: CameraIntent | null, target: CameraTarget, options: { inset?: MapCovers; animate?: boolean } = {}): CameraIntent =>
  ({ seq: (last?.seq ?? 0) + 1, target, inset: options.inset, animate: options.animate ?? true });

const toggled = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const useAtlasStore = create<AtlasState & AtlasActions>()((set) => ({
  ...initialAtlasState,
  setLang: (lang) => set({ lang }),
  setCatalogue: (catalogue) => set({ catalogue }),
  setDetails: (details) => set({ details }),
  addEarlyDetails: (id, details) => set((s) => ({ earlyDetails: { ...s.earlyDetails, [id]: details } })),
  select: (selectedId) => set({ selectedId }),
  showFeature: (id) => set((s) => ({ selectedId: id, camera: intent(s.camera, { ids: [id] }, { inset: { panel: true } }) })),
  hover: (hoveredId) => set({ hoveredId }),
  toggleLayer: (group) => set((s) => ({ layers: toggled(s.layers, group) })),
  setLayers: (layers) => set({ layers }),
  toggleBasemap: (group) => set((s) => ({ basemapOff: toggled(s.basemapOff, group) })),
  setBasemapOff: (basemapOff) => set({ basemapOff }),
  reportView: (view) => set({ view }),
  moveCamera: (target, options) => set((s) => ({ camera: intent(s.camera, target, options) })),
  openReader: (reader) => set({ reader }),
  showNotice: (notice) => set({ notice }),
  showPlace: (place) => set({ place }),
  openSheet: (sheet) => set({ sheet }),
  setPresent: (present) => set({ present }),
  setCompare: (compare) => set({ compare }),
  switchToSvgMap: () => set({ mapRenderer: 'svg', boot: 'svg' }),
  wantMap: () => set((s) => (s.boot === 'picture' ? { boot: 'loading' } : {})),
  reportMapDrawn: () => set((s) => (s.boot === 'loading' ? { boot: 'drawn' } : {})),
}));

export type AtlasStore = typeof useAtlasStore;
