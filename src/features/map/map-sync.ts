// Brings a maplibre map from one store state to the next: plan data, language, visibility, hover
// and selection (feature state), the place marker and camera intents. Only what changed is touched.
// Works on the few map methods it needs, so a fake map can stand in for it in unit tests.
import type { FilterSpecification, ExpressionSpecification, FitBoundsOptions, EaseToOptions, JumpToOptions } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { AtlasState } from '../../store/atlas-store';
import { BASEMAP_GROUPS, FOCUS_LAYERS, LABEL_LAYERS, labelProperties } from './basemap-layers';
import { focusIds } from '../../lib/places/focus-ids';
import { planLayers, planLabelProperties, planEmphasisPaint, planLabelLayout, PLAN_SOURCE, PLAN_LABEL_LAYERS, type PlanEmphasis } from './plan-layers';
import { frameFocus, frameIds } from '../../lib/catalogue/frame-focus';
import { PROJECTION_THEME, SCREEN_THEME, type BasemapLabel, type MapTheme } from '../../lib/style/map-tokens';
import { planSourceData, planVisibilityFilter } from './plan-source';
import { planSourceDiff, sourceKey, type PlanSourceDiff } from './plan-source-diff';
import { allLoaded, featuresBox, FIT_MAX_ZOOM, type Bounds } from '../../lib/camera/camera-intent';
import { mapInset, type MapBox } from '../../lib/camera/map-inset';

/** Label layers whose Chinese names are letter-spaced, with that spacing (em). */
/** Presenting uses the projection theme (large, high-contrast names, fewer of them). */
export const themeFor = (s: AtlasState): MapTheme => (s.present ? PROJECTION_THEME : SCREEN_THEME);

const LETTER_SPACED_LABELS: [string, number][] = [['mountain-labels', 0.4], ['neighbour-labels', 0.5], ['river-labels', 0.2]];
const FIT_MS = 700;
const EASE_MS = 600;

/** The plan source's methods MapSync uses. */
interface PlanSource {
  setData(data: FeatureCollection): void;
  updateData(diff: PlanSourceDiff): void;
}

/** The part of maplibre's Map that state is applied through. */
export interface SyncedMap {
  getSource(id: string): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  setPaintProperty(layer: string, name: string, value: unknown): unknown;
  setFilter(layer: string, filter: FilterSpecification | null): unknown;
  setFeatureState(feature: { source: string; id: string }, state: Record<string, boolean>): void;
  fitBounds(bounds: Bounds, options: FitBoundsOptions): unknown;
  easeTo(options: EaseToOptions): unknown;
  jumpTo(options: JumpToOptions): unknown;
}

export interface SyncHost {
  /** The map's size and the panel's width, for the free area a fit goes into. */
  box(): MapBox;
  /** Marks (or unmarks) the place chosen in search. */
  showPlace(place: AtlasState['place']): void;
  /** A county's or prefecture's box: undefined while the outlines load, null for an unknown code. */
  placeBox(id: string): Bounds | null | undefined;
  /** 天地图 under the plan layers, or the embedded basemap (null). */
  showOnlineBasemap(choice: AtlasState['onlineBasemap']): void;
  /** Authoring mode: the build's shape of the draft over the map, or none. */
  showAuthorPreview(preview: AtlasState['authorPreview']): void;
  /** Calls `done` once the plan source has loaded the data last set. */
  afterPlanData(done: () => void): void;
}

export class MapSync {
  private hovered: string | null = null;
  private selected: string | null = null;
  /** The last camera intent applied (an intent for features waits for the catalogue). */
  private cameraSeq: number;
  /** New plans' data set and not yet loaded by maplibre: the plan layers' filters wait for it. */
  private planDataPending = 0;
  /** The plan source's features, by key, as last given to maplibre. */
  private shownPlanData = new Map<string, Feature>();

  constructor(private readonly map: SyncedMap, private readonly host: SyncHost, private readonly state: () => AtlasState, cameraSeq = 0, private narrow = false) {
    this.cameraSeq = cameraSeq;
  }

  /** The map became narrower or wider than a phone's (NARROW_MAP_WIDTH): English plan names change size. */
  setNarrow(narrow: boolean): void {
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    const s = this.state();
    this.applyPlanLabelSize(themeFor(s), s.lang);
  }

  apply(s: AtlasState, prev: AtlasState | null): void {
    if ((!prev || s.catalogue !== prev.catalogue) && this.setPlanData(s)) {
      // More plans loaded into a drawn map: a filter changed while maplibre loads the new data leaves some
      // tiles' feature index out of step with their data (every later query of them throws), so the
      // filters follow once it has loaded. The first data needs no wait: nothing is drawn yet.
      if (prev) {
        this.planDataPending++;
        this.host.afterPlanData(() => {
          if (--this.planDataPending === 0) this.applyPlanFilters(this.state());
        });
      }
    }
    if (!prev || s.lang !== prev.lang) this.applyLang(s.lang);
    const themeChanged = !prev || themeFor(s) !== themeFor(prev);
    if (themeChanged && prev) this.applyTheme(themeFor(s), s.lang);
    else if (prev && s.lang !== prev.lang) this.applyPlanLabelSize(themeFor(s), s.lang);
    if (themeChanged || s.layers !== prev.layers || s.basemapOff !== prev.basemapOff || s.selectedId !== prev.selectedId || s.subject !== prev.subject || s.catalogue !== prev.catalogue || s.placeEntry !== prev.placeEntry) this.applyVisibility(s);
    if (!prev || s.subject !== prev.subject) this.applyFocus(s);
    if (!prev || s.picks !== prev.picks) this.map.setFilter(FOCUS_LAYERS.picked, ['in', ['get', 'adcode'], ['literal', s.picks ?? []]]);
    const emphasisChanged = !prev || s.subject !== prev.subject || s.catalogue !== prev.catalogue;
    if (emphasisChanged || s.lang !== prev.lang) this.applyEmphasis(s, emphasisChanged);
    if (!prev || s.hoveredId !== prev.hoveredId) this.hovered = this.setState(this.hovered, s.hoveredId, 'hover');
    if (!prev || s.selectedId !== prev.selectedId || s.catalogue !== prev.catalogue) this.selected = this.setState(this.selected, s.selectedId, 'selected');
    if (!prev || s.place !== prev.place) this.host.showPlace(s.place);
    if (!prev || s.onlineBasemap !== prev.onlineBasemap) this.host.showOnlineBasemap(s.onlineBasemap);
    if (!prev || s.authorPreview !== prev.authorPreview) this.host.showAuthorPreview(s.authorPreview);
    this.applyCamera(s, !prev);
  }

  /**
   * Puts the catalogue's features on the map: all of them when none of those shown stays (the first data), else
   * only what changed (more plans loaded). False when nothing did.
   */
  private setPlanData(s: AtlasState): boolean {
    const next = s.catalogue ? planSourceData(s.catalogue.features).features : [];
    const diff = planSourceDiff(this.shownPlanData, next);
    if (!diff.add.length && !diff.remove.length) return false;
    const source = this.map.getSource(PLAN_SOURCE) as PlanSource;
    if (diff.remove.length === this.shownPlanData.size) source.setData({ type: 'FeatureCollection', features: next });
    else source.updateData(diff);
    this.shownPlanData = new Map(next.map((f) => [sourceKey(f), f]));
    return true;
  }

  /** A restored WebGL context has lost feature state: hover and selection go back on. */
  restoreFeatureState(s: AtlasState): void {
    this.hovered = this.selected = null;
    this.hovered = this.setState(null, s.hoveredId, 'hover');
    this.selected = this.setState(null, s.selectedId, 'selected');
  }

  /** Carries out the store's camera intent unless it has been already (`first`: the map's first state, no animation). */
  applyCamera(s: AtlasState, first: boolean): void {
    const c = s.camera;
    if (!c || c.seq <= this.cameraSeq) return;
    const animate = c.animate && !first;
    if ('view' in c.target) {
      this.cameraSeq = c.seq;
      const { lon, lat, zoom } = c.target.view;
      if (animate) this.map.easeTo({ center: [lon, lat], zoom, duration: EASE_MS });
      else this.map.jumpTo({ center: [lon, lat], zoom });
      return;
    }
    let box: Bounds | null | undefined;
    if ('box' in c.target) box = c.target.box;
    else if ('place' in c.target) {
      box = this.host.placeBox(c.target.place);
      if (box === undefined) return; // outlines not loaded yet
    } else if (!s.catalogue || (!s.catalogueComplete && !allLoaded(s.catalogue.features.features, c.target.ids))) return; // fitted once their plans are loaded
    else box = featuresBox(s.catalogue.features.features, c.target.ids);
    this.cameraSeq = c.seq;
    if (!box) return;
    const padding = mapInset(this.host.box(), c.inset);
    this.map.fitBounds(box, { padding, maxZoom: FIT_MAX_ZOOM, duration: animate ? FIT_MS : 0 });
  }

  private setState(previous: string | null, next: string | null, key: 'hover' | 'selected'): string | null {
    // Only ids of real features: maplibre keeps feature state in plain objects keyed by id, so an id
    // from the URL such as `__proto__` would otherwise write onto Object.prototype.
    const known = (id: string | null): id is string => !!id && !!this.state().catalogue?.features.features.some((f) => f.properties.id === id);
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
    // Spaced-out letters suit Chinese range and region names, not Latin ones.
    for (const [id, zh] of LETTER_SPACED_LABELS) this.map.setLayoutProperty(id, 'text-letter-spacing', lang === 'en' ? 0.02 : zh);
  }

  /** Label sizes and colours of a theme (the layers were created with the screen theme or this one). */
  private applyTheme(theme: MapTheme, lang: 'zh' | 'en'): void {
    for (const [kind, id] of Object.entries(LABEL_LAYERS)) this.setLabelProps(id, labelProperties(kind as BasemapLabel, theme));
    this.applyPlanLabelSize(theme, lang, true);
  }

  /** The plan names' size depends on the language too (English names are longer); their halo does not. */
  private applyPlanLabelSize(theme: MapTheme, lang: 'zh' | 'en', halo = false): void {
    for (const id of PLAN_LABEL_LAYERS) {
      const props = planLabelProperties(theme, lang, this.narrow);
      this.setLabelProps(id, halo ? props : { layout: props.layout, paint: {} });
    }
  }

  private setLabelProps(id: string, props: { layout: Record<string, unknown>; paint: Record<string, unknown> }): void {
    for (const [k, v] of Object.entries(props.layout)) this.map.setLayoutProperty(id, k as 'text-size', v as never);
    for (const [k, v] of Object.entries(props.paint)) this.map.setPaintProperty(id, k as 'text-color', v as never);
  }

  /** A place dossier: the place outlined, the other units of its rank veiled; otherwise neither. */
  private applyFocus(s: AtlasState): void {
    const place = s.subject?.kind === 'place' ? s.subject.id : '';
    const rank = place.endsWith('00') ? 'prefecture' : 'county';
    this.map.setFilter(FOCUS_LAYERS.outline, ['==', ['get', 'adcode'], place]);
    this.map.setFilter(FOCUS_LAYERS.veil, place ? ['all', ['==', ['get', 'rank'], rank], ['!=', ['get', 'adcode'], place]] : ['==', ['get', 'adcode'], '']);
  }

  /** A frame: its parts labelled with their group labels and the rest dimmed; a place dossier: stacked fills thinned. */
  private applyEmphasis(s: AtlasState, paint: boolean): void {
    const emphasis: PlanEmphasis = { parts: frameFocus(s.subject, s.catalogue)?.parts ?? null, stacked: s.subject?.kind === 'place' };
    if (paint) for (const [layer, name, value] of planEmphasisPaint(emphasis)) this.map.setPaintProperty(layer, name, value);
    for (const id of PLAN_LABEL_LAYERS) {
      for (const [name, value] of Object.entries(planLabelLayout(s.lang, emphasis.parts))) this.map.setLayoutProperty(id, name, value);
    }
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
    if (!this.planDataPending) this.applyPlanFilters(s);
  }

  private applyPlanFilters(s: AtlasState): void {
    // A frame's parts are drawn whatever the layers say (a link may open a frame whose layer is off).
    const parts = frameIds(frameFocus(s.subject, s.catalogue));
    const visible = planVisibilityFilter(s.layers, focusIds(s), s.selectedId ? [s.selectedId, ...parts] : parts);
    // With a frame open only its parts are named (the rest is dimmed), so that every part's name fits.
    const named = parts.length ? (['in', ['get', 'id'], ['literal', parts]] as FilterSpecification) : visible;
    for (const layer of planLayers('nameZh')) {
      if (!('filter' in layer) && layer.type === 'background') continue;
      const base = 'filter' in layer ? layer.filter : undefined;
      const shown = PLAN_LABEL_LAYERS.includes(layer.id) ? named : visible;
      this.map.setFilter(layer.id, base ? (['all', base, shown] as FilterSpecification) : shown);
    }
  }
}
