// The map without WebGL: the same basemap, plan features and kind colours drawn as SVG with d3-geo.
// It reads and writes the same store as the WebGL map (selection, hover, layers, language), so the
// panel, search and reader work unchanged. Pan and zoom with d3-zoom.
import { useEffect, useMemo, useRef, useState } from 'react';
import { zoom as d3zoom, zoomIdentity, select as d3select, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useAtlasStore } from '../../store/atlas-store';
import { loadBasemap } from '../../data/load-data';
import { t } from '../../lib/i18n/strings';
import { visibleFeatureIds } from '../../lib/catalogue/layer-visibility';
import { drawFallback, panZoomToView, viewToPanZoom, type BasemapInput, type FallbackDrawing, type PanZoom, type PlanPath } from '../../lib/svg-map/fallback-geometry';
import { svgMapVariables, svgSeatRadius, svgCountySeatRadius, SVG_PLAN_DASH, SVG_POINT_RADIUS } from '../../lib/svg-map/svg-style';
import { svgLabels, type SvgLabelInput } from '../../lib/svg-map/svg-labels';
import { pointsAlong } from '../../lib/svg-map/points-along';
import { LINE_LABEL_SPACING, SCREEN_THEME, SEATS } from '../../lib/style/map-tokens';
import { useShallow } from 'zustand/react/shallow';
import { focusIds } from '../../lib/places/focus-ids';
import { frameFocus, groupMark } from '../../lib/catalogue/frame-focus';
import { placeAt, placeUnits } from '../../lib/places/place-units';
import { smallestFirst } from '../../lib/places/whats-here';
import { ZOOM_LIMITS } from '../../lib/geo/shanxi-extent';
import { fallbackText } from './fallback-strings';
import { allLoaded, featuresBox, FIT_MAX_ZOOM } from '../../lib/camera/camera-intent';
import { mapInset } from '../../lib/camera/map-inset';
import './map-fallback.css';

/** The map style tokens as custom properties for map-fallback.css. */
const STYLE_VARIABLES = svgMapVariables() as React.CSSProperties;

interface Props {
  /** Told where places are on screen as the drawing and its pan/zoom change (test builds publish it). */
  onProjection?: (probe: { project(lonlat: [number, number]): [number, number] } | null) => void;
}

export default function MapFallback({ onProjection }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const [basemap, setBasemap] = useState<BasemapInput | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const lang = useAtlasStore((s) => s.lang);
  const busy = useAtlasStore((s) => s.catalogueLoading);
  const features = useAtlasStore((s) => s.catalogue?.features.features);
  const complete = useAtlasStore((s) => s.catalogueComplete);
  const layers = useAtlasStore((s) => s.layers);
  const basemapOff = useAtlasStore((s) => s.basemapOff);
  const selectedId = useAtlasStore((s) => s.selectedId);
  const focus = useAtlasStore(useShallow(focusIds));
  const focusPlace = useAtlasStore((s) => (s.subject?.kind === 'place' ? s.subject.id : null));
  const hoveredId = useAtlasStore((s) => s.hoveredId);
  const subject = useAtlasStore((s) => s.subject);
  const catalogue = useAtlasStore((s) => s.catalogue);
  // A frame: its parts drawn (whatever the layers), labelled with their group labels, the rest dimmed.
  const frame = useMemo(() => frameFocus(subject, catalogue), [subject, catalogue]);
  const partLabels = useMemo(() => new Map(frame?.parts.map((p) => [p.id, groupMark(p.label[lang], lang)]) ?? []), [frame, lang]);
  const stacked = subject?.kind === 'place';

  useEffect(() => {
    let cancelled = false;
    loadBasemap()
      .then((b) => !cancelled && setBasemap(b))
      .catch((e: Error) => useAtlasStore.getState().showNotice(`${t(useAtlasStore.getState().lang, 'loadFailed')}: ${e.message}`));
    return () => { cancelled = true; };
  }, []);

  useEffect(() => {
    const svg = svgRef.current!;
    const measure = () => setSize((old) => (old?.w === svg.clientWidth && old.h === svg.clientHeight ? old : { w: svg.clientWidth, h: svg.clientHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    const behaviour = d3zoom<SVGSVGElement, unknown>().on('zoom', (e: { transform: ZoomTransform }) => setTransform(e.transform));
    d3select(svg).call(behaviour);
    zoomRef.current = behaviour;
    return () => {
      observer.disconnect();
      d3select(svg).on('.zoom', null);
    };
  }, []);

  const drawing = useMemo(
    () => (size && size.w > 0 && basemap ? drawFallback(size.w, size.h, basemap, features ?? []) : null),
    [size, basemap, features],
  );
  const visible = useMemo(
    () => new Set([...(features ? visibleFeatureIds(features, layers, selectedId, focus) : []), ...partLabels.keys()]),
    [features, layers, selectedId, focus, partLabels],
  );
  const units = useMemo(() => (basemap ? placeUnits(basemap.topology) : null), [basemap]);
  const focusPath = useMemo(() => {
    const unit = focusPlace ? units?.find((u) => u.id === focusPlace) : undefined;
    return unit && drawing ? drawing.path(unit.geometry) : null;
  }, [focusPlace, units, drawing]);

  // Where the map looks: on first drawing the view it takes over (from the WebGL map or the link),
  // then each camera intent once, like the WebGL map's controller (an intent for features waits for them).
  const camera = useAtlasStore((s) => s.camera);
  const placedFor = useRef<FallbackDrawing | null>(null);
  const appliedSeq = useRef(0);
  useEffect(() => {
    const behaviour = zoomRef.current;
    if (!drawing || !size || !behaviour) return;
    const zoomFactor = (zoom: number) => viewToPanZoom({ zoom, lat: 0, lon: 0 }, drawing, size.w, size.h).k;
    const [kMin, kMax] = [Math.min(0.6, zoomFactor(ZOOM_LIMITS.min)), zoomFactor(ZOOM_LIMITS.max)];
    behaviour.scaleExtent([kMin, kMax]);
    const moveTo = ({ k, x, y }: PanZoom) => d3select(svgRef.current!).call(behaviour.transform, zoomIdentity.translate(x, y).scale(Math.min(kMax, Math.max(kMin, k))));
    const s = useAtlasStore.getState();
    if (placedFor.current !== drawing) {
      // First drawing, or redrawn for a new size: keep the view's centre and zoom. A view taken over
      // is where the intents so far have led.
      if (!placedFor.current && s.view) appliedSeq.current = s.camera?.seq ?? 0;
      placedFor.current = drawing;
      if (s.view) moveTo(viewToPanZoom(s.view, drawing, size.w, size.h));
    }
    const c = s.camera;
    if (!c || c.seq <= appliedSeq.current) return;
    if ('view' in c.target) {
      appliedSeq.current = c.seq;
      moveTo(viewToPanZoom(c.target.view, drawing, size.w, size.h));
      return;
    }
    // Fitted once the plans of all its features are loaded (or every plan is).
    if ('ids' in c.target && (!features || (!complete && !allLoaded(features, c.target.ids)))) return;
    if ('place' in c.target && !units) return;
    const t = c.target;
    const box = 'box' in t ? t.box : 'place' in t ? units!.find((u) => u.id === t.place)?.bounds ?? null : featuresBox(features!, t.ids);
    appliedSeq.current = c.seq;
    if (!box) return;
    const [x0, y0] = drawing.project([box[0][0], box[1][1]]);
    const [x1, y1] = drawing.project([box[1][0], box[0][1]]);
    const panelWidth = parseFloat(getComputedStyle(svgRef.current!).getPropertyValue('--panel-w')) || 400;
    const inset = mapInset({ width: size.w, height: size.h, panelWidth }, c.inset);
    const room = { w: size.w - inset.left - inset.right, h: size.h - inset.top - inset.bottom };
    const k = Math.min(zoomFactor(FIT_MAX_ZOOM), Math.min(room.w / Math.max(x1 - x0, 1), room.h / Math.max(y1 - y0, 1)));
    const [cx, cy] = [inset.left + room.w / 2, inset.top + room.h / 2];
    moveTo({ k, x: cx - k * (x0 + x1) / 2, y: cy - k * (y0 + y1) / 2 });
  }, [camera, drawing, size, features, complete, units]);

  // Moves are reported like the WebGL map's, so the link keeps the view.
  const geometry = useRef({ drawing, size });
  geometry.current = { drawing, size };
  useEffect(() => {
    const behaviour = zoomRef.current!;
    behaviour.on('end', (e: { transform: ZoomTransform }) => {
      const { drawing: d, size: sz } = geometry.current;
      if (!d || !sz) return;
      const view = panZoomToView(e.transform, d, sz.w, sz.h);
      if ([view.zoom, view.lat, view.lon].every(Number.isFinite)) useAtlasStore.getState().reportView(view);
    });
    return () => { behaviour.on('end', null); };
  }, []);

  // Where a place is on screen (end-to-end tests, in test builds).
  useEffect(() => {
    if (!drawing || !onProjection) return;
    onProjection({ project: (lonlat) => transform.apply(drawing.project(lonlat)) });
    return () => onProjection(null);
  }, [drawing, transform, onProjection]);

  const zoomBy = (factor: number) => zoomRef.current && d3select(svgRef.current!).call(zoomRef.current.scaleBy, factor);
  const store = useAtlasStore.getState;
  const show = (group: string) => !basemapOff.includes(group);
  const k = transform.k;
  const planPaths = drawing?.plan.filter((p) => visible.has(p.id)) ?? [];
  const dimmed = (id: string) => (frame && !partLabels.has(id) ? ' fb-dimmed' : '');
  const name = (p: { name?: string; nameEn?: string; nameZh?: string }) => (lang === 'en' ? p.nameEn ?? p.name : p.nameZh ?? p.name) ?? '';
  // The live map's names at this zoom, none overlapping (plan structures first; county names from their zoom).
  const zoom = drawing && size ? panZoomToView(transform, drawing, size.w, size.h).zoom : 0;
  const showCounties = show('basemap-counties') && zoom >= SEATS.county.minzoom;
  const labels = drawing && size ? svgLabels([
    ...planPaths.map((p): SvgLabelInput => ({ kind: 'plan', id: p.id, text: name(p), x: transform.applyX(p.x), y: transform.applyY(p.y), site: p.shape === 'point', extraLines: partLabels.has(p.id) ? 1 : 0, force: partLabels.has(p.id) })),
    ...drawing.seats.map((l, i): SvgLabelInput => ({ kind: 'prefecture', id: `seat-${i}`, text: name(l), x: transform.applyX(l.x), y: transform.applyY(l.y) })),
    ...drawing.neighbourLabels.map((l): SvgLabelInput => ({ kind: 'neighbour', id: `neighbour-${l.name}`, text: name(l), x: transform.applyX(l.x), y: transform.applyY(l.y) })),
    ...drawing.overlayLabels.filter((l) => show(l.kind === 'river' ? 'basemap-rivers' : 'basemap-mountains'))
      .map((l, i): SvgLabelInput => ({ kind: l.kind, id: `${l.kind}-${i}`, text: name(l), x: transform.applyX(l.x), y: transform.applyY(l.y) })),
    ...(show('basemap-rail') ? drawing.railLines.flatMap((l, i) => pointsAlong(l.parts.map((part) => part.map((xy) => transform.apply(xy))), LINE_LABEL_SPACING)
      .map(([x, y], j): SvgLabelInput => ({ kind: 'rail', id: `rail-${i}-${j}`, text: name(l), x, y }))) : []),
    ...(show('basemap-counties') ? drawing.countySeats.map((l, i): SvgLabelInput => ({ kind: 'county', id: `county-${i}`, text: name(l), x: transform.applyX(l.x), y: transform.applyY(l.y) })) : []),
  ], zoom, SCREEN_THEME, lang, [0, 0, size.w, size.h]) : [];
  const planById = new Map(planPaths.map((p) => [p.id, p]));

  return (
    <div className="map map-fallback" style={STYLE_VARIABLES} role="region" aria-label={t(lang, 'map')} aria-busy={busy} data-testid="map-fallback">
      {/* One click handler: every plan shape under the pointer (what's here) and the county there. */}
      <svg ref={svgRef} className="fallback-svg" onClick={(e) => {
        if (!drawing) return;
        const ids = new Set(document.elementsFromPoint(e.clientX, e.clientY).map((el) => el.closest('[data-id]')?.getAttribute('data-id')).filter((id): id is string => !!id));
        const hits = planPaths.filter((p) => ids.has(p.id)).map((p) => ({ id: p.id, shape: p.shape, area: p.area }));
        const box = svgRef.current!.getBoundingClientRect();
        const lonlat = drawing.invert(transform.invert([e.clientX - box.left, e.clientY - box.top]));
        store().pickAt(smallestFirst(hits), units ? placeAt(units, lonlat) : null);
      }}>
        <g transform={transform.toString()}>
          {drawing && (
            <g className="fallback-basemap" pointerEvents="none">
              <path className="fb-province" d={drawing.province} />
              {show('basemap-counties') && k > 1.6 && <path className="fb-county-borders" d={drawing.countyBorders} />}
              {show('basemap-rivers') && <path className="fb-rivers" d={drawing.rivers} />}
              <path className="fb-prefecture-borders" d={drawing.prefectureBorders} />
              <path className="fb-province-border" d={drawing.province} />
              {show('basemap-rail') && <path className="fb-rail" d={drawing.rail} />}
            </g>
          )}
          {focusPath && <path className="fb-focus-outline" d={focusPath} vectorEffect="non-scaling-stroke" pointerEvents="none" />}
          <g className={stacked ? 'fallback-plan fb-stacked' : 'fallback-plan'}>
            {planPaths.filter((p) => p.shape !== 'point').map((p) => (
              <PlanShape key={p.id} p={p} selected={p.id === selectedId} hovered={p.id === hoveredId} label={name(p)} extraClass={dimmed(p.id)} />
            ))}
          </g>
        </g>
        {/* Points and labels keep their screen size: positioned through the transform, not scaled by it. */}
        <g className="fallback-points">
          {planPaths.filter((p) => p.shape === 'point').map((p) => (
            <circle
              key={p.id} data-id={p.id} cx={transform.applyX(p.x)} cy={transform.applyY(p.y)} r={p.id === selectedId ? SVG_POINT_RADIUS.selected : p.id === hoveredId ? SVG_POINT_RADIUS.hover : SVG_POINT_RADIUS.rest}
              fill={p.color} className={(p.id === selectedId ? 'fb-point selected' : 'fb-point') + dimmed(p.id)}
              onMouseEnter={() => store().hover(p.id)} onMouseLeave={() => store().hover(null)}
            >
              <title>{name(p)}</title>
            </circle>
          ))}
        </g>
        <g className="fallback-labels" pointerEvents="none">
          {drawing?.seats.map((l) => <circle key={l.name} className="fb-seat" cx={transform.applyX(l.x)} cy={transform.applyY(l.y)} r={svgSeatRadius()} />)}
          {showCounties && drawing?.countySeats.map((l, i) => <circle key={i} className="fb-county-seat" cx={transform.applyX(l.x)} cy={transform.applyY(l.y)} r={svgCountySeatRadius()} />)}
          {labels.map(({ input, x, y, size: fontSize }) => {
            const p = input.kind === 'plan' ? planById.get(input.id) : undefined;
            if (!p) return <text key={input.id} className={`fb-${input.kind}-label`} x={x} y={y} fontSize={fontSize}>{input.text}</text>;
            return (
              <text key={input.id} className={p.id === selectedId ? 'fb-part-label selected' : 'fb-part-label'} x={x} y={y} fontSize={fontSize} fill={p.color} data-part={partLabels.has(p.id) ? p.id : undefined} data-label={p.id}>
                <tspan x={x}>{input.text}</tspan>
                {partLabels.has(p.id) && <tspan className="fb-group-label" x={x} dy="1.15em" lang={lang === 'en' && /[\u4e00-\u9fff]/.test(partLabels.get(p.id)!) ? 'zh-CN' : undefined}>{partLabels.get(p.id)}</tspan>}
              </text>
            );
          })}
        </g>
      </svg>
      <div className="fallback-zoom">
        <button type="button" aria-label={fallbackText(lang, 'zoomIn')} onClick={() => zoomBy(1.6)}>+</button>
        <button type="button" aria-label={fallbackText(lang, 'zoomOut')} onClick={() => zoomBy(1 / 1.6)}>−</button>
      </div>
      <p className="fallback-badge">{fallbackText(lang, 'simplified')}</p>
      {!drawing && <p className="fallback-loading" aria-busy="true">{t(lang, 'loading')}</p>}
    </div>
  );
}

function PlanShape({ p, selected, hovered, label, extraClass }: { p: PlanPath; selected: boolean; hovered: boolean; label: string; extraClass: string }) {
  const store = useAtlasStore.getState;
  const events = {
    onMouseEnter: () => store().hover(p.id),
    onMouseLeave: () => store().hover(null),
  };
  const state = (selected ? ' selected' : hovered ? ' hovered' : '') + extraClass;
  if (p.shape === 'area') {
    return (
      <path
        data-id={p.id} d={p.d} className={`fb-area${state}`} fill={p.color} stroke={p.color}
        strokeDasharray={p.schematic ? SVG_PLAN_DASH.area : undefined} vectorEffect="non-scaling-stroke" {...events}
      >
        <title>{label}</title>
      </path>
    );
  }
  return (
    <g data-id={p.id} className={`fb-line${state}`} {...events}>
      <title>{label}</title>
      <path className="fb-line-casing" d={p.d} vectorEffect="non-scaling-stroke" />
      <path className="fb-line-stroke" d={p.d} stroke={p.color} strokeDasharray={p.schematic ? SVG_PLAN_DASH.line : undefined} vectorEffect="non-scaling-stroke" />
      <path className="fb-line-hit" d={p.d} vectorEffect="non-scaling-stroke" />
    </g>
  );
}
