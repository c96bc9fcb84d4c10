// Owns the one long-lived maplibre map. It subscribes to the store and applies state to the map
// (layers, visibility, selection, language, camera intents: the camera moves only from those), and reports clicks, hovers and moves back
// through store actions. React never holds the Map object.
import { t } from '../../lib/i18n/strings';
import './maplibre-init';
import { AfterNextPaint } from './after-next-paint';
import { Map as MaplibreMap, NavigationControl, ScaleControl, AttributionControl, Marker, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AtlasStore, AtlasState } from '../../store/atlas-store';
import { basemapLayers, withTopLayers } from './basemap-layers';
import { planLayers, PLAN_SOURCE, PLAN_INTERACTIVE_LAYERS } from './plan-layers';
import { mapFontFaces } from './font-faces';
import { BASEMAP_SOURCE_IDS, type BasemapSources } from './basemap-sources';
import { MapSync, themeFor } from './map-sync';
import { PLAN_SOURCE_KEY } from './plan-source';
import { PAN_LIMITS, ZOOM_LIMITS } from '../../lib/geo/shanxi-extent';
import { MAP_COLORS, isNarrowMap } from '../../lib/style/map-tokens';
import { HOME_BOUNDS, OPENING_MARGIN } from '../../lib/camera/camera-intent';
import type { MapBox } from '../../lib/camera/map-inset';
import { placeAt, type PlaceUnit } from '../../lib/places/place-units';
import { smallestFirst } from '../../lib/places/whats-here';
import buildOptions from 'virtual:build-options';
import { onlineTileFailure, showOnlineBasemap } from './online-layers';
import { showAuthorPreview } from './author-preview-layers';
import { labelFadeMs, styleTransition } from '../../components/reduced-motion';
import { skipUnseenSky } from '../../components/skip-unseen-sky';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** How long a lost WebGL context may take to come back before the SVG map takes over. */
export const CONTEXT_GRACE_MS = 3000;

export class MapController {
  readonly map: MaplibreMap;
  private readonly unsubscribe: () => void;
  private readonly sync: MapSync;
  private basemapSet = false;
  /** Set once the style has loaded. (isStyleLoaded() is false while tiles load, e.g. during a flight, which dropped updates.) */
  private styleReady = false;
  private placeMarker: Marker | null = null;
  /** Counties and prefectures (for a click's county and a place's box), once the basemap has come. */
  private units: PlaceUnit[] | null = null;
  private attribution: AttributionControl | null = null;
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
    const narrow = () => isNarrowMap(container.clientWidth);
    this.map = new MaplibreMap({
      container,
      style: {
        version: 8,
        transition: styleTransition(),
        'font-faces': mapFontFaces(document.baseURI),
        sources: Object.fromEntries([
          ...BASEMAP_SOURCE_IDS.map((id) => [id, { type: 'geojson', data: EMPTY }]),
          [PLAN_SOURCE, { type: 'geojson', data: EMPTY, promoteId: PLAN_SOURCE_KEY }],
        ]),
        layers: withTopLayers(basemapLayers(lang === 'en' ? 'nameEn' : 'name', themeFor(s)), planLayers(lang === 'en' ? 'nameEn' : 'nameZh', themeFor(s), narrow())),
      },
      bounds: s.view ? undefined : HOME_BOUNDS,
      center: s.view ? [s.view.lon, s.view.lat] : undefined,
      zoom: s.view?.zoom,
      fitBoundsOptions: { padding: OPENING_MARGIN },
      minZoom: ZOOM_LIMITS.min,
      maxZoom: ZOOM_LIMITS.max,
      maxBounds: PAN_LIMITS,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      fadeDuration: labelFadeMs(),
    });
    this.map.touchZoomRotate.disableRotation();
    skipUnseenSky(this.map);
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-left');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.setAttribution(lang);
    // The map opens at the view asked for (if any): that intent is done.
    this.sync = new MapSync(this.map, {
      box: () => this.box(),
      showPlace: (p) => this.applyPlace(p),
      showOnlineBasemap: (choice) => showOnlineBasemap(this.map, choice, buildOptions.tiandituReview),
      showAuthorPreview: (geometry) => showAuthorPreview(this.map, geometry),
      placeBox: (id) => (this.units ? this.units.find((u) => u.id === id)?.bounds ?? null : undefined),
      afterPlanData: (done) => {
        const loaded = () => {
          if (!this.map.isSourceLoaded(PLAN_SOURCE)) return;
          this.map.off('sourcedata', loaded);
          done();
        };
        this.map.on('sourcedata', loaded);
      },
    }, store.getState, s.camera && 'view' in s.camera.target ? s.camera.seq : 0, narrow());

    // A selection made on the map moves nothing: one feature opens, several are listed, none opens the county.
    this.map.on('click', (e) => {
      const { lng, lat } = this.map.unproject(e.point);
      this.store.getState().pickAt(this.pickAll(e.point), this.units ? placeAt(this.units, [lng, lat]) : null);
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

    this.resizeObserver = new ResizeObserver(() => {
      this.map.resize();
      // Not while hidden or taken down (no width: the SVG map taking over a lost context), when the style may be gone.
      if (this.styleReady && container.clientWidth > 0) this.sync.setNarrow(narrow());
    });
    this.resizeObserver.observe(container);
    this.unsubscribe = store.subscribe((next, prev) => {
      if (!this.styleReady) return;
      // An unanimated view (the compare map leading) is followed at once, as the two maps move together.
      if (next.camera !== prev.camera && next.camera && !next.camera.animate && 'view' in next.camera.target) this.sync.applyCamera(next, false);
      this.deferred.request();
    });
    this.map.once('load', () => {
      this.styleReady = true;
      this.sync.setNarrow(narrow()); // resized while the style loaded
      this.deferred.cancel();
      this.applyLatest();
    });
    this.watchContext();
    this.watchOnlineTiles();
  }

  /** A tile 天地图 refuses (a rejected key, the day's quota) or cannot send: back to the embedded basemap, said once. */
  private watchOnlineTiles(): void {
    this.map.on('error', (e) => {
      const status = onlineTileFailure(e);
      const s = this.store.getState();
      if (status === null || !s.onlineBasemap) return;
      s.setOnlineBasemap(null);
      s.showNotice(t(s.lang, status === 401 || status === 403 ? 'onlineKeyRejected' : status === 429 ? 'onlineQuota' : 'onlineUnreachable'));
    });
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
      const restore = () => this.sync.restoreFeatureState(this.store.getState());
      if (this.map.isStyleLoaded()) restore();
      else this.map.once('style.load', restore);
    });
  }

  setBasemap(sources: BasemapSources, units: PlaceUnit[]): void {
    this.units = units;
    this.deferred.request(); // a camera intent for a place may have waited for the outlines
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
    return this.pickAll(point)[0] ?? null;
  }

  /** Every plan feature under a point (a few pixels of tolerance for fingers), most specific first. */
  private pickAll(point: { x: number; y: number }): string[] {
    const r = 6;
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(
      [[point.x - r, point.y - r], [point.x + r, point.y + r]],
      { layers: PLAN_INTERACTIVE_LAYERS },
    );
    // Points, then lines, then areas smallest first: the most specific thing under the finger.
    return smallestFirst(hits.map((f) => ({
      id: f.properties.id as string,
      shape: f.geometry.type.includes('Point') ? 'point' as const : f.geometry.type.includes('Line') ? 'line' as const : 'area' as const,
      area: Number(f.properties.area ?? 0),
    })));
  }

  /** Brings the map from the state last applied to the store's current one (latest state wins). */
  private applyLatest(): void {
    if (!this.styleReady) return;
    const s = this.store.getState();
    const prev = this.applied;
    this.applied = s;
    this.apply(s, prev);
  }

  /** Applies what changed between two store states (the diffing itself: MapSync). */
  apply(s: AtlasState, prev: AtlasState | null): void {
    if (prev && s.lang !== prev.lang) this.setAttribution(s.lang);
    this.sync.apply(s, prev);
  }

  /** The attribution line in the interface's language (the control cannot change its text in place). */
  private setAttribution(lang: 'zh' | 'en'): void {
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact: true, customAttribution: t(lang, 'illustrativeBasemap') });
    this.map.addControl(this.attribution, 'bottom-right');
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

  /** The map's size and the docked panel's width (the `--panel-w` style token). */
  private box(): MapBox {
    const container = this.map.getContainer();
    const panelWidth = parseFloat(getComputedStyle(container).getPropertyValue('--panel-w')) || 400;
    return { width: container.clientWidth, height: container.clientHeight, panelWidth };
  }
}
