// Owns the one long-lived maplibre map. It subscribes to the store and applies state to the map
// (layers, visibility, selection, view, language), and reports clicks, hovers and moves back
// through store actions. React never holds the Map object.
import './maplibre-init';
import { AfterNextPaint } from './after-next-paint';
import { Map as MaplibreMap, NavigationControl, ScaleControl, AttributionControl, Marker, type GeoJSONSource, type MapGeoJSONFeature, type FilterSpecification, type ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AtlasStore, AtlasState } from '../../store/atlas-store';
import { basemapLayers, BASEMAP_GROUPS, LABEL_LAYERS, labelProperties, withTopLayers } from './basemap-layers';
import { planLayers, planLabelProperties, PLAN_SOURCE, PLAN_INTERACTIVE_LAYERS } from './plan-layers';
import { mapFontFaces } from './font-faces';
import type { BasemapSources } from './basemap-sources';
import { planSourceData, visiblePlanIds } from './plan-source';
import { featureBounds } from '../../lib/geo/feature-bounds';
import { sheetHeights } from '../../lib/explorer/sheet-states';
import { EXTENT_PADDING, PAN_LIMITS, SHANXI_EXTENT, ZOOM_LIMITS } from '../../lib/geo/shanxi-extent';
import { MAP_COLORS, PROJECTION_THEME, SCREEN_THEME, type BasemapLabel, type MapTheme } from '../../lib/style/map-tokens';

/** Shanxi with a little context around it. */
export const SHANXI_BOUNDS = SHANXI_EXTENT;

/** Presenting uses the projection theme (large, high-contrast names, fewer of them). */
const themeFor = (s: AtlasState): MapTheme => (s.present ? PROJECTION_THEME : SCREEN_THEME);

/** Label layers whose Chinese names are letter-spaced, with that spacing (em). */
const LETTER_SPACED_LABELS: [string, number][] = [['mountain-labels', 0.4], ['neighbour-labels', 0.5], ['river-labels', 0.2]];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** How long a lost WebGL context may take to come back before the SVG map takes over. */
export const CONTEXT_GRACE_MS = 3000;

const BASEMAP_SOURCE_IDS = ['neighbours', 'neighbour-borders', 'province', 'prefectures', 'borders', 'rivers', 'overlay', 'seats', 'neighbour-labels'];

export class MapController {
  readonly map: MaplibreMap;
  private readonly unsubscribe: () => void;
  private hovered: string | null = null;
  private selected: string | null = null;
  private basemapSet = false;
  /** Set once the style has loaded. (isStyleLoaded() is false while tiles load, e.g. during a flight, which dropped updates.) */
  private styleReady = false;
  private placeMarker: Marker | null = null;
  private appliedViewSeq = -1;
  private resizeObserver: ResizeObserver;
  private contextTimer: ReturnType<typeof setTimeout> | undefined;
  /** The state last applied to the map (null: nothing applied yet). */
  private applied: AtlasState | null = null;
  /**
   * Store changes reach the map after the next frame has painted, several changes in one go: a
   * selection's panel paints first and the map (feature state, filters, camera) follows a frame later,
   * instead of a software-rendered map redraw holding up the panel's frame.
   */
  private readonly deferred = new AfterNextPaint(() => this.applyLatest());

  constructor(container: HTMLElement, private readonly store: AtlasStore) {
    const s = store.getState();
    const lang = s.lang;
    this.map = new MaplibreMap({
      container,
      style: {
        version: 8,
        'font-faces': mapFontFaces(document.baseURI),
        sources: Object.fromEntries([
          ...BASEMAP_SOURCE_IDS.map((id) => [id, { type: 'geojson', data: EMPTY }]),
          [PLAN_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id' }],
        ]),
        layers: withTopLayers(basemapLayers(lang === 'en' ? 'nameEn' : 'name', themeFor(s)), planLayers(lang === 'en' ? 'nameEn' : 'nameZh', themeFor(s))),
      },
      bounds: s.view ? undefined : SHANXI_BOUNDS,
      center: s.view ? [s.view.lon, s.view.lat] : undefined,
      zoom: s.view?.zoom,
      fitBoundsOptions: { padding: EXTENT_PADDING },
      minZoom: ZOOM_LIMITS.min,
      maxZoom: ZOOM_LIMITS.max,
      maxBounds: PAN_LIMITS,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: '底图示意 Illustrative basemap' }), 'bottom-right');
    this.appliedViewSeq = s.viewSeq;

    this.map.on('click', (e) => {
      const hit = this.pick(e.point);
      this.store.getState().select(hit, 'map');
    });
    this.map.on('mousemove', (e) => {
      const hit = this.pick(e.point);
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
      if (hit !== this.store.getState().hoveredId) this.store.getState().hover(hit);
    });
    this.map.on('mouseout', () => this.store.getState().hover(null));
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.store.getState().reportView({ zoom: this.map.getZoom(), lat: c.lat, lon: c.lng });
    });

    this.resizeObserver = new ResizeObserver(() => this.map.resize());
    this.resizeObserver.observe(container);
    this.unsubscribe = store.subscribe(() => { if (this.styleReady) this.deferred.request(); });
    this.map.once('load', () => {
      this.styleReady = true;
      this.deferred.cancel();
      this.applyLatest();
    });
    this.watchContext();
  }

  /**
   * maplibre rebuilds its style (view, data, filters) when a lost WebGL context is restored; feature
   * state is not kept, so the selection and hover are put back here. A context that stays lost hands
   * the map over to the SVG fallback.
   */
  private watchContext(): void {
    this.map.on('webglcontextlost', () => {
      clearTimeout(this.contextTimer);
      this.contextTimer = setTimeout(() => this.store.getState().switchToSvgMap(), CONTEXT_GRACE_MS);
    });
    this.map.on('webglcontextrestored', () => {
      clearTimeout(this.contextTimer);
      const restore = () => {
        const s = this.store.getState();
        this.hovered = this.selected = null;
        this.hovered = this.setState(null, s.hoveredId, 'hover');
        this.selected = this.setState(null, s.selectedId, 'selected');
      };
      if (this.map.isStyleLoaded()) restore();
      else this.map.once('style.load', restore);
    });
  }

  setBasemap(sources: BasemapSources): void {
    const set = () => {
      for (const [id, data] of Object.entries(sources)) (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
      this.basemapSet = true;
    };
    if (this.map.loaded() || this.map.isStyleLoaded()) set();
    else this.map.once('load', set);
  }

  /**
   * Calls `done` once, at the first idle after both the basemap and the catalogue are on the map: the
   * map then shows its first view (with or without plan features, as the layers say).
   */
  onceDrawn(done: () => void): void {
    const check = () => {
      if (!this.basemapSet || !this.applied?.catalogue || this.deferred.pending) return;
      this.map.off('idle', check);
      done();
    };
    this.map.on('idle', check);
  }

  destroy(): void {
    clearTimeout(this.contextTimer);
    this.deferred.cancel();
    this.unsubscribe();
    this.resizeObserver.disconnect();
    this.map.remove();
  }

  /** The plan feature under a point, with a few pixels of tolerance for fingers. */
  private pick(point: { x: number; y: number }): string | null {
    const r = 6;
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(
      [[point.x - r, point.y - r], [point.x + r, point.y + r]],
      { layers: PLAN_INTERACTIVE_LAYERS },
    );
    // Prefer points, then lines, then the smallest area: the most specific thing under the finger.
    const order = (f: MapGeoJSONFeature) => (f.geometry.type === 'Point' ? 0 : f.geometry.type.includes('Line') ? 1 : 2 + Number(f.properties.area ?? 0));
    hits.sort((a, b) => order(a) - order(b));
    return (hits[0]?.properties.id as string | undefined) ?? null;
  }

  /** Brings the map from the state last applied to the store's current one (latest state wins). */
  private applyLatest(): void {
    if (!this.styleReady) return;
    const s = this.store.getState();
    const prev = this.applied;
    this.applied = s;
    this.apply(s, prev);
  }

  private apply(s: AtlasState, prev: AtlasState | null): void {
    if (!prev || s.catalogue !== prev.catalogue) {
      (this.map.getSource(PLAN_SOURCE) as GeoJSONSource).setData(s.catalogue ? planSourceData(s.catalogue.features) : EMPTY);
    }
    if (!prev || s.lang !== prev.lang) this.applyLang(s.lang);
    const themeChanged = !prev || themeFor(s) !== themeFor(prev);
    if (themeChanged && prev) this.applyTheme(themeFor(s));
    if (themeChanged || s.layers !== prev.layers || s.basemapOff !== prev.basemapOff || s.selectedId !== prev.selectedId || s.catalogue !== prev.catalogue) this.applyVisibility(s);
    if (!prev || s.hoveredId !== prev.hoveredId) this.hovered = this.setState(this.hovered, s.hoveredId, 'hover');
    if (!prev || s.selectedId !== prev.selectedId || s.catalogue !== prev.catalogue) {
      this.selected = this.setState(this.selected, s.selectedId, 'selected');
      if (s.selectedId && s.selectionOrigin === 'ui' && s.selectedId !== prev?.selectedId) this.fitFeature(s.selectedId);
    }
    if (!prev || s.place !== prev.place) this.applyPlace(s.place);
    if (s.viewSeq !== this.appliedViewSeq && s.view) {
      this.appliedViewSeq = s.viewSeq;
      this.map.easeTo({ center: [s.view.lon, s.view.lat], zoom: s.view.zoom, duration: 600 });
    }
  }

  /** Marks the place chosen in search (a pin at its seat). */
  private applyPlace(place: AtlasState['place']): void {
    this.placeMarker?.remove();
    this.placeMarker = null;
    if (!place) return;
    this.placeMarker = new Marker({ color: MAP_COLORS.placeMarker, scale: 0.8 }).setLngLat([place.lon, place.lat]).addTo(this.map);
    const el = this.placeMarker.getElement();
    el.dataset.testid = 'place-marker';
    el.setAttribute('aria-label', place.name);
    el.setAttribute('role', 'img');
  }

  /** Fits the map to a feature, leaving room for the panel that covers part of the map. */
  fitFeature(id: string): void {
    const f = this.store.getState().catalogue?.features.features.find((x) => x.properties.id === id);
    const fb = f && featureBounds(f);
    if (!fb) return;
    // An arrow towards a region outside Shanxi means something only with Shanxi in view.
    const [W, S, E, N] = SHANXI_BOUNDS;
    const b: typeof fb = f.properties.recipe === 'external'
      ? [[Math.min(fb[0][0], W), Math.min(fb[0][1], S)], [Math.max(fb[1][0], E), Math.max(fb[1][1], N)]]
      : fb;
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    const phone = w < 720;
    // A new selection opens the phone sheet at half height; on wider screens the panel is docked right.
    const panelWidth = parseFloat(getComputedStyle(this.map.getContainer()).getPropertyValue('--panel-w')) || 400;
    const padding = phone
      ? { top: 40, bottom: sheetHeights(h).half + 20, left: 30, right: 30 }
      : { top: 60, bottom: 60, left: 60, right: Math.min(panelWidth + 40, w / 2) };
    this.map.fitBounds(b, { padding, maxZoom: 9, duration: 700 });
  }

  private setState(previous: string | null, next: string | null, key: 'hover' | 'selected'): string | null {
    // Only ids of real features: maplibre keeps feature state in plain objects keyed by id, so an id
    // from the URL such as `__proto__` would otherwise write onto Object.prototype.
    const known = (id: string | null): id is string => !!id && !!this.store.getState().catalogue?.features.features.some((f) => f.properties.id === id);
    if (known(previous)) this.map.setFeatureState({ source: PLAN_SOURCE, id: previous }, { [key]: false });
    if (!known(next)) return null;
    this.map.setFeatureState({ source: PLAN_SOURCE, id: next }, { [key]: true });
    return next;
  }

  private applyLang(lang: 'zh' | 'en'): void {
    const base = (lang === 'en' ? ['coalesce', ['get', 'nameEn'], ['get', 'name']] : ['get', 'name']) as ExpressionSpecification;
    for (const id of ['mountain-labels', 'river-labels', 'rail-labels', 'neighbour-labels', 'county-labels', 'prefecture-labels']) {
      this.map.setLayoutProperty(id, 'text-field', base);
    }
    this.map.setLayoutProperty('plan-labels', 'text-field', ['get', lang === 'en' ? 'nameEn' : 'nameZh']);
    // Spaced-out letters suit Chinese range and region names, not Latin ones.
    for (const [id, zh] of LETTER_SPACED_LABELS) this.map.setLayoutProperty(id, 'text-letter-spacing', lang === 'en' ? 0.02 : zh);
  }

  /** Label sizes and colours of a theme (the layers were created with the screen theme or this one). */
  private applyTheme(theme: MapTheme): void {
    const set = (id: string, props: { layout: Record<string, unknown>; paint: Record<string, unknown> }) => {
      for (const [k, v] of Object.entries(props.layout)) this.map.setLayoutProperty(id, k as 'text-size', v as never);
      for (const [k, v] of Object.entries(props.paint)) this.map.setPaintProperty(id, k as 'text-color', v as never);
    };
    for (const [kind, id] of Object.entries(LABEL_LAYERS)) set(id, labelProperties(kind as BasemapLabel, theme));
    set('plan-labels', planLabelProperties(theme));
  }

  private applyVisibility(s: AtlasState): void {
    const hidden = new Set(themeFor(s).hiddenLabels.map((kind) => LABEL_LAYERS[kind]));
    for (const [group, layers] of Object.entries(BASEMAP_GROUPS)) {
      const off = s.basemapOff.includes(group);
      for (const layer of layers) this.map.setLayoutProperty(layer, 'visibility', off || hidden.has(layer) ? 'none' : 'visible');
    }
    const grouped = new Set(Object.values(BASEMAP_GROUPS).flat());
    for (const layer of Object.values(LABEL_LAYERS).filter((id) => !grouped.has(id))) {
      this.map.setLayoutProperty(layer, 'visibility', hidden.has(layer) ? 'none' : 'visible');
    }
    const ids = s.catalogue ? visiblePlanIds(s.catalogue, s.layers, s.selectedId) : [];
    const visible = ['in', ['get', 'id'], ['literal', ids]] as FilterSpecification;
    for (const layer of planLayers('nameZh')) {
      if (!('filter' in layer) && layer.type === 'background') continue;
      const base = 'filter' in layer ? layer.filter : undefined;
      this.map.setFilter(layer.id, base ? (['all', base, visible] as FilterSpecification) : visible);
    }
  }
}
