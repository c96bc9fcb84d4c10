// The app's one store: UI state only. The map object never lives here; the map controller
// subscribes to this store and reports clicks, hovers and moves back through its actions.
import { create } from 'zustand';
import type { Lang, AtlasFeatureCollection, FeatureDetails, PlanFrame } from '../lib/catalogue/catalogue-types';
import type { MapView } from '../lib/url/hash-state';
import { DEFAULT_LAYERS } from '../lib/catalogue/layer-visibility';

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
  selectedId: string | null;
  /** Whether the last selection came from the map itself (no need to move) or from the UI/URL. */
  selectionOrigin: 'map' | 'ui';
  hoveredId: string | null;
  /** Layer groups switched on: frame ids and whole plans (`plan:<seed>`). */
  layers: string[];
  /** Basemap layer groups switched off. */
  basemapOff: string[];
  /** The view the map shows; `viewSeq` increases when something other than the map asks it to move. */
  view: MapView | null;
  viewSeq: number;
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
}

export interface PresentState { tour?: string; step?: number; auto?: number }

export interface AtlasActions {
  setLang(lang: Lang): void;
  setCatalogue(catalogue: Catalogue): void;
  setDetails(details: Record<string, FeatureDetails>): void;
  select(id: string | null, origin?: 'map' | 'ui'): void;
  hover(id: string | null): void;
  toggleLayer(group: string): void;
  setLayers(layers: string[]): void;
  toggleBasemap(group: string): void;
  setBasemapOff(groups: string[]): void;
  /** The map moved by itself (user pan/zoom). */
  reportView(view: MapView): void;
  /** Ask the map to move. */
  requestView(view: MapView): void;
  openReader(target: ReaderTarget | null): void;
  showNotice(notice: string | null): void;
  showPlace(place: PlaceMarker | null): void;
  openSheet(sheet: AtlasState['sheet']): void;
  setPresent(present: PresentState | null): void;
  setCompare(compare: AtlasState['compare']): void;
  /** The WebGL map cannot draw (no WebGL 2, or its context was lost for good): switch to the SVG map. */
  switchToSvgMap(): void;
}

export const initialAtlasState: AtlasState = {
  lang: 'zh',
  catalogue: null,
  details: null,
  selectedId: null,
  selectionOrigin: 'ui',
  hoveredId: null,
  layers: DEFAULT_LAYERS,
  basemapOff: [],
  view: null,
  viewSeq: 0,
  reader: null,
  notice: null,
  place: null,
  sheet: 'none',
  present: null,
  compare: null,
  mapRenderer: 'webgl',
};

const toggled = (list: string[], item: string) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export const useAtlasStore = create<AtlasState & AtlasActions>()((set) => ({
  ...initialAtlasState,
  setLang: (lang) => set({ lang }),
  setCatalogue: (catalogue) => set({ catalogue }),
  setDetails: (details) => set({ details }),
  select: (selectedId, selectionOrigin = 'ui') => set({ selectedId, selectionOrigin }),
  hover: (hoveredId) => set({ hoveredId }),
  toggleLayer: (group) => set((s) => ({ layers: toggled(s.layers, group) })),
  setLayers: (layers) => set({ layers }),
  toggleBasemap: (group) => set((s) => ({ basemapOff: toggled(s.basemapOff, group) })),
  setBasemapOff: (basemapOff) => set({ basemapOff }),
  reportView: (view) => set({ view }),
  requestView: (view) => set((s) => ({ view, viewSeq: s.viewSeq + 1 })),
  openReader: (reader) => set({ reader }),
  showNotice: (notice) => set({ notice }),
  showPlace: (place) => set({ place }),
  openSheet: (sheet) => set({ sheet }),
  setPresent: (present) => set({ present }),
  setCompare: (compare) => set({ compare }),
  switchToSvgMap: () => set({ mapRenderer: 'svg' }),
}));

export type AtlasStore = typeof useAtlasStore;
