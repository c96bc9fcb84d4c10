// The picture is never a dead surface. A tap or click selects what is under it at once, hit-tested on
// the geometry the picture was drawn from (no WebGL); the live map then takes over with that selection
// and its opening view, which is the picture's. A drag or the wheel moves and zooms the picture itself,
// and the view it ends on is asked of the live map, which opens there (or moves there once it is up).
import { useEffect, type RefObject } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { loadPreviewHits } from '../../data/load-data';
import { boxToPicture, hitPicture, pictureView, type PicturePanZoom } from '../../lib/preview/picture-hit';

/** Pixels a press may move and still count as a tap (as maplibre's click tolerance, a little more for fingers). */
const TAP_SLOP = 6;
/** Pixels around a tap that count as on a feature (as the live map's pick). */
const HIT_RADIUS = 6;
/** The picture's zoom limits, around its opening scale. */
const MIN_K = 0.5;
const MAX_K = 8;

/** Wires the gestures on `box`, moving the element `stage` (the picture and its copy). */
export function usePictureGestures(box: RefObject<HTMLElement | null>, stage: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = box.current!;
    const moved = stage.current!;
    let pz: PicturePanZoom = { k: 1, tx: 0, ty: 0 };
    let press: { id: number; x: number; y: number; start: PicturePanZoom; dragging: boolean } | null = null;
    let wheelTimer: ReturnType<typeof setTimeout> | undefined;
    const hits = () => loadPreviewHits();
    const draw = () => { moved.style.transform = `translate(${pz.tx}px, ${pz.ty}px) scale(${pz.k})`; };
    const local = (e: { clientX: number; clientY: number }) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top, w: r.width, h: r.height };
    };
    /** The view the picture shows now, asked of the live map. */
    const commitView = () => {
      const { width, height } = el.getBoundingClientRect();
      const now = pz;
      void hits().then((h) => {
        const view = pictureView(h, width, height, now);
        if ([view.lon, view.lat, view.zoom].every(Number.isFinite)) useAtlasStore.getState().moveCamera({ view }, { animate: false });
      }, () => useAtlasStore.getState().wantMap());
    };
    const tap = (e: PointerEvent) => {
      const p = local(e);
      const at = { x: (p.x - pz.tx) / pz.k, y: (p.y - pz.ty) / pz.k };
      void hits().then((h) => {
        const { x, y, scale } = boxToPicture(h.viewBox, p.w, p.h, at.x, at.y);
        const id = hitPicture(h, x, y, HIT_RADIUS / (scale * pz.k));
        const s = useAtlasStore.getState();
        if (id || s.selectedId) s.select(id); // as a click on the live map: it stays where it is
        else s.wantMap();
      }, () => useAtlasStore.getState().wantMap());
    };
    const onDown = (e: PointerEvent) => {
      void hits().catch(() => undefined); // on its way before the press ends
      if (press || e.button > 0) return;
      press = { id: e.pointerId, x: e.clientX, y: e.clientY, start: pz, dragging: false };
    };
    const onMove = (e: PointerEvent) => {
      if (!press || e.pointerId !== press.id) return;
      const dx = e.clientX - press.x;
      const dy = e.clientY - press.y;
      if (!press.dragging && Math.hypot(dx, dy) < TAP_SLOP) return;
      if (!press.dragging) el.setPointerCapture?.(e.pointerId);
      press.dragging = true;
      pz = { ...press.start, tx: press.start.tx + dx, ty: press.start.ty + dy };
      draw();
    };
    const onUp = (e: PointerEvent) => {
      if (!press || e.pointerId !== press.id) return;
      const wasDrag = press.dragging;
      press = null;
      if (wasDrag) commitView();
      else tap(e);
    };
    const onCancel = (e: PointerEvent) => { if (press?.id === e.pointerId) press = null; };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = local(e);
      const k = Math.min(MAX_K, Math.max(MIN_K, pz.k * Math.exp(-e.deltaY / 500)));
      const f = k / pz.k;
      pz = { k, tx: p.x - (p.x - pz.tx) * f, ty: p.y - (p.y - pz.ty) * f };
      draw();
      clearTimeout(wheelTimer);
      wheelTimer = setTimeout(commitView, 200);
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onCancel);
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      clearTimeout(wheelTimer);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onCancel);
      el.removeEventListener('wheel', onWheel);
    };
  }, [box, stage]);
}
