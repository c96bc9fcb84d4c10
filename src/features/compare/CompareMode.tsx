// Compare two plans or frames over one synchronised view: the main map shows the earlier one, a
// second map (alive only while comparing) the later one, split by a divider that can be dragged
// (side by side at the start, a swipe when dragged). Beside it: what persists, is renamed, is new.
import { withYear } from '../../lib/i18n/plan-title';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Map as MaplibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useAtlasStore } from '../../store/atlas-store';
import type { PlanSummary } from '../../data/load-data';
import type { AtlasFeatureCollection, Lang } from '../../lib/catalogue/catalogue-types';
import { featureBounds } from '../../lib/geo/feature-bounds';
import { visibleFeatureIds } from '../../lib/catalogue/layer-visibility';
import { PAN_LIMITS, ZOOM_LIMITS } from '../../lib/geo/shanxi-extent';
import { MAP_COLORS } from '../../lib/style/map-tokens';
import { groupOptions, groupSeed } from './compare-options';
import { defaultComparePair } from '../../lib/plans/plan-summary';
import { SPLIT_MAX, SPLIT_MIN } from '../../lib/url/hash-state';
import { ChangeList } from './ChangeList';
import { cs } from './compare-strings';
import './compare.css';
import { labelFadeMs, styleTransition } from '../../components/reduced-motion';
import { skipUnseenSky } from '../../components/skip-unseen-sky';
import { leaveCompare } from '../../components/leave-compare';

setWorkerUrl(workerUrl);

type StyleLoader = () => Promise<(lang: Lang, features: AtlasFeatureCollection, ids: string[]) => Promise<StyleSpecification>>;
interface Props {
  getMap: () => MaplibreMap | null; plans: PlanSummary[]; loadStyle: StyleLoader;
  /** Told of the second map while it lives (test builds publish it for end-to-end tests). */
  onSecondMap?: (map: MaplibreMap | null) => void;
}

const clampSplit = (x: number) => Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, x));

/** Screen x of the middle of the basemap's province (its extent's centre) on a map, or null before it is loaded. */
function provinceMiddleX(map: MaplibreMap): number | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of map.querySourceFeatures('province')) {
    const b = featureBounds(f);
    if (!b) continue;
    w = Math.min(w, b[0][0]); s = Math.min(s, b[0][1]); e = Math.max(e, b[1][0]); n = Math.max(n, b[1][1]);
  }
  return Number.isFinite(w) ? map.project([(w + e) / 2, (s + n) / 2]).x : null;
}

export default function CompareMode({ getMap, plans, loadStyle, onSecondMap }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const compare = useAtlasStore((s) => s.compare);
  // Its choices list every plan's frames: read once every plan is loaded (compare asks for all of them).
  const catalogue = useAtlasStore((s) => (s.catalogueComplete ? s.catalogue : null));
  const pair = useMemo(() => defaultComparePair(plans), [plans]);
  const a = compare?.a || pair.a;
  const b = compare?.b || pair.b;
  const container = useRef<HTMLDivElement>(null);
  const second = useRef<MaplibreMap | null>(null);
  const [split, setSplit] = useState(0.5);
  const [ready, setReady] = useState(false);

  const ids = useMemo(() => {
    const f = catalogue?.features.features ?? [];
    return { a: visibleFeatureIds(f, [a], null), b: visibleFeatureIds(f, [b], null) };
  }, [catalogue, a, b]);

  // The main map shows the earlier group; what it showed before comes back on leaving (Back, or leaveCompare).
  useEffect(() => useAtlasStore.getState().rememberBeforeCompare(), []);
  useEffect(() => {
    const s = useAtlasStore.getState();
    s.select(null);
    s.setLayers([a]);
  }, [a]);

  // The divider: where the URL puts it, else over the middle of the province on the main map (placed once,
  // when compare opens: a divider the user has moved stays where it is).
  const placed = compare?.x;
  useEffect(() => { if (placed !== undefined) setSplit(placed); }, [placed]);
  useEffect(() => {
    const main = getMap();
    const el = container.current;
    if (placed !== undefined || !main || !el) return;
    const place = () => {
      const x = provinceMiddleX(main);
      if (x === null) return false;
      setSplit(clampSplit(x / el.clientWidth));
      return true;
    };
    if (place()) return;
    const onIdle = () => { if (place()) main.off('idle', onIdle); };
    main.on('idle', onIdle);
    return () => { main.off('idle', onIdle); };
  }, [getMap]);
  /** The divider's place goes into the URL when the user lets go of it. */
  const keepSplit = (x: number) => {
    const c = useAtlasStore.getState().compare;
    if (c) useAtlasStore.getState().setCompare({ ...c, x: Number(x.toFixed(3)) });
  };

  // The second map: created once, destroyed on leaving; kept in step with the main map both ways. It
  // follows the main map directly (it is this mode's own map); the main map follows it through a camera
  // intent, which its controller applies at once for an unanimated view.
  useEffect(() => {
    const main = getMap();
    const el = container.current;
    if (!main || !el) return;
    const map = new MaplibreMap({
      container: el,
      style: { version: 8, transition: styleTransition(), sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.land } }] },
      center: main.getCenter(), zoom: main.getZoom(), minZoom: ZOOM_LIMITS.min, maxZoom: ZOOM_LIMITS.max, maxBounds: PAN_LIMITS,
      attributionControl: false, dragRotate: false, pitchWithRotate: false, fadeDuration: labelFadeMs(),
    });
    map.touchZoomRotate.disableRotation();
    skipUnseenSky(map);
    second.current = map;
    onSecondMap?.(map);
    let syncing = false;
    const fromMain = () => {
      if (syncing) return;
      syncing = true;
      map.jumpTo({ center: main.getCenter(), zoom: main.getZoom() });
      syncing = false;
    };
    const fromSecond = () => {
      if (syncing) return;
      syncing = true;
      const c = map.getCenter();
      useAtlasStore.getState().moveCamera({ view: { lon: c.lng, lat: c.lat, zoom: map.getZoom() } }, { animate: false });
      syncing = false;
    };
    main.on('move', fromMain);
    map.on('move', fromSecond);
    const resize = new ResizeObserver(() => map.resize());
    resize.observe(el);
    return () => {
      main.off('move', fromMain);
      map.off('move', fromSecond);
      resize.disconnect();
      map.remove();
      second.current = null;
      onSecondMap?.(null);
    };
  }, [getMap, onSecondMap]);

  // The later group's style and data.
  useEffect(() => {
    if (!catalogue) return;
    let cancelled = false;
    setReady(false);
    loadStyle()
      .then((build) => build(lang, catalogue.features, ids.b))
      .then((style) => {
        const map = second.current;
        if (cancelled || !map) return;
        map.setStyle(style);
        map.once('idle', () => !cancelled && setReady(true));
      })
      .catch((e: Error) => useAtlasStore.getState().showNotice(e.message));
    return () => { cancelled = true; };
  }, [catalogue, lang, ids.b, loadStyle]);

  const options = useMemo(() => (catalogue ? groupOptions(catalogue.frames, plans, lang, cs(lang, 'wholePlan')) : null), [catalogue, plans, lang]);
  const labelOf = (id: string) => options && [...options.evolution, ...options.byPlan.flatMap((p) => p.options)].find((o) => o.id === id)?.label;
  const set = (side: 'a' | 'b', value: string) => useAtlasStore.getState().setCompare({ ...compare, a, b, [side]: value });

  const drag = (e: React.PointerEvent) => {
    const el = container.current!;
    const box = el.getBoundingClientRect();
    let x: number | null = null;
    const move = (ev: PointerEvent) => { x = clampSplit((ev.clientX - box.left) / box.width); setSplit(x); };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      if (x !== null) keepSplit(x);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    e.preventDefault();
  };
  const keyDrag = (e: React.KeyboardEvent) => {
    const d = e.key === 'ArrowLeft' ? -0.05 : e.key === 'ArrowRight' ? 0.05 : 0;
    if (d) { e.preventDefault(); keepSplit(clampSplit(split + d)); }
  };

  const select = (side: 'a' | 'b') => (
    <label className="compare-pick">
      <span>{cs(lang, side === 'a' ? 'earlier' : 'later')}</span>
      <select value={side === 'a' ? a : b} onChange={(e) => set(side, e.target.value)} data-testid={`compare-${side}`}>
        {options && (
          <>
            <optgroup label={cs(lang, 'evolution')}>{options.evolution.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}</optgroup>
            {options.byPlan.map(({ plan, options: opts }) => (
              <optgroup key={plan.id} label={withYear(plan.shortTitle[lang], plan.year, lang)}>
                {opts.map((o) => <option key={`${plan.id}-${o.id}`} value={o.id}>{o.label}</option>)}
              </optgroup>
            ))}
          </>
        )}
      </select>
    </label>
  );

  return (
    <>
      <div className="compare-maps" style={{ '--split': `${split * 100}%` } as React.CSSProperties}>
        <div ref={container} className="compare-second" data-testid="compare-map" aria-label={labelOf(b) ?? b} role="region" data-ready={ready} />
        <div className="compare-tag compare-tag-a">{labelOf(a)}</div>
        <div className="compare-tag compare-tag-b">{labelOf(b)}</div>
        <div
          className="compare-divider" role="slider" tabIndex={0} aria-label={cs(lang, 'divider')} aria-orientation="horizontal"
          aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(split * 100)} onPointerDown={drag} onKeyDown={keyDrag}
        ><span aria-hidden="true">⇔</span></div>
      </div>
      <aside className="compare-panel" aria-label={cs(lang, 'title')}>
        <div className="panel-head">
          <h2>{cs(lang, 'title')}</h2>
          <button type="button" className="icon-button" onClick={() => leaveCompare(useAtlasStore)} aria-label={cs(lang, 'leave')} title={cs(lang, 'leave')}>×</button>
        </div>
        <div className="panel-body">
          {select('a')}
          {select('b')}
          {catalogue && (
            <ChangeList
              features={catalogue.features.features} idsA={ids.a} idsB={ids.b}
              seedA={groupSeed(a, catalogue.frames)} seedB={groupSeed(b, catalogue.frames)} plans={plans}
            />
          )}
        </div>
      </aside>
    </>
  );
}
