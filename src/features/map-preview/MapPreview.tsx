// The map's first view as a picture (made at build time from the SVG map's drawing), in the map's own
// box. It asks for the interactive map as soon as the user reaches for it: a pointer over it, a touch,
// the wheel, a key or focus. Costs one small image and no map code. Until the live map has drawn, the
// picture answers taps, drags and the wheel itself (use-picture-gestures).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fitViewBox } from './fit-view-box';
import { INTENT_EVENTS } from './early-reach';
import { usePictureGestures } from './use-picture-gestures';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { previewText } from './preview-strings';
import './map-preview.css';

interface Props {
  /** The interactive map is being loaded underneath. */
  loading: boolean;
}

/** A focus this soon after a press on the picture came with the press. */
const PRESS_FOCUS_MS = 1000;

export function MapPreview({ loading }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const box = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  usePictureGestures(box, stage);
  useEffect(() => {
    const el = box.current!;
    // A press is left to the gestures: a tap selects first (the selection then boots the map, so the map's
    // code does not hold up the panel's details), a drag asks for its view. The focus a press gives the
    // picture is part of the press; focus from the keyboard reaches for the map.
    let pressedAt = -Infinity;
    const onPress = () => { pressedAt = performance.now(); };
    const want = (e: Event) => {
      if (e.type === 'focus' && performance.now() - pressedAt < PRESS_FOCUS_MS) return;
      for (const type of types) el.removeEventListener(type, want);
      useAtlasStore.getState().wantMap();
    };
    const types = INTENT_EVENTS.filter((type) => type !== 'pointerdown' && type !== 'touchstart');
    el.addEventListener('pointerdown', onPress, { passive: true, capture: true });
    for (const type of types) el.addEventListener(type, want, { passive: true });
    return () => {
      el.removeEventListener('pointerdown', onPress, { capture: true });
      for (const type of types) el.removeEventListener(type, want);
    };
  }, []);
  // Keyboard users keep their place: focus moves on to the map that replaces the picture. A layout
  // effect's cleanup runs while the picture is still in the document, so it still knows it had focus.
  useLayoutEffect(() => {
    const el = box.current!;
    return () => {
      // Focused once the commit is done: until then the map is still hidden behind the picture.
      if (el.contains(document.activeElement)) queueMicrotask(() => document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus());
    };
  }, []);
  // While the map loads underneath, the picture is shown as a bitmap copy of itself: measured on a
  // software renderer, the map's first view came ≈1 s later with the SVG image on screen than without.
  const picture = useRef<HTMLImageElement>(null);
  const copy = useRef<HTMLCanvasElement>(null);
  const [frozen, setFrozen] = useState(false);
  useEffect(() => {
    if (!loading) return;
    let live = true;
    void freeze(picture.current!, copy.current!).then((done) => live && done && setFrozen(true));
    return () => { live = false; };
  }, [loading]);
  return (
    <div
      ref={box} className={`map map-preview${loading ? ' over-map' : ''}`} data-testid="map-preview"
      tabIndex={loading ? -1 : 0} role="region" aria-label={t(lang, 'map')} aria-busy={loading}
    >
      <div ref={stage} className="map-preview-stage">
        <img
          ref={picture} src={`data/preview-${lang}.svg`} alt={previewText(lang, 'alt')}
          fetchPriority="high" draggable={false} hidden={frozen}
        />
        <canvas ref={copy} hidden={!frozen} aria-hidden="true" />
      </div>
      <p className="map-preview-hint" aria-live="polite">{previewText(lang, loading ? 'loading' : 'hint')}</p>
    </div>
  );
}

/** Draws the picture, as it shows in its box, into `canvas`. False when it cannot (not loaded, no 2D context). */
async function freeze(img: HTMLImageElement, canvas: HTMLCanvasElement): Promise<boolean> {
  // Its layout size: a pan or zoom of the picture (a transform) is not part of the copy.
  const [width, height] = [img.offsetWidth, img.offsetHeight];
  const ctx = canvas.getContext('2d');
  if (!ctx || !width || !height) return false;
  try {
    const svg = await (await fetch(img.currentSrc || img.src)).text();
    const url = URL.createObjectURL(new Blob([fitViewBox(svg, width, height)], { type: 'image/svg+xml' }));
    try {
      const shaped = new Image();
      shaped.src = url;
      await shaped.decode();
      canvas.width = Math.round(width * devicePixelRatio);
      canvas.height = Math.round(height * devicePixelRatio);
      ctx.drawImage(shaped, 0, 0, canvas.width, canvas.height);
      return true;
    } finally {
      URL.revokeObjectURL(url);
    }
  } catch {
    return false; // the SVG stays on screen: slower, never wrong
  }
}
