// The map's first view as a picture (made at build time from the SVG map's drawing), in the map's own
// box. It asks for the interactive map as soon as the user reaches for it: a pointer over it, a touch,
// the wheel, a key or focus. Costs one small image and no map code.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { t } from '../../lib/i18n/strings';
import { previewText } from './preview-strings';
import './map-preview.css';

interface Props {
  /** The user reached for the map. */
  onWant: () => void;
  /** The interactive map is being loaded underneath. */
  loading: boolean;
  /** The picture is on screen (or could not be loaded). */
  onShown?: () => void;
}

const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown', 'focus'] as const;

export function MapPreview({ onWant, loading, onShown }: Props) {
  const lang = useAtlasStore((s) => s.lang);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current!;
    const want = () => onWant();
    for (const type of INTENT_EVENTS) el.addEventListener(type, want, { passive: true, once: true });
    return () => { for (const type of INTENT_EVENTS) el.removeEventListener(type, want); };
  }, [onWant]);
  // Keyboard users keep their place: focus moves on to the map that replaces the picture. A layout
  // effect's cleanup runs while the picture is still in the document, so it still knows it had focus.
  useLayoutEffect(() => {
    const el = box.current!;
    return () => {
      if (el.contains(document.activeElement)) document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
    };
  }, []);
  return (
    <div
      ref={box} className={`map map-preview${loading ? ' over-map' : ''}`} data-testid="map-preview"
      tabIndex={loading ? -1 : 0} role="region" aria-label={t(lang, 'map')} aria-busy={loading}
    >
      <img
        src={`data/preview-${lang}.svg`} alt={previewText(lang, 'alt')}
        fetchPriority="high" onLoad={onShown} onError={onShown} draggable={false}
      />
      <p className="map-preview-hint" aria-live="polite">{previewText(lang, loading ? 'loading' : 'hint')}</p>
    </div>
  );
}
