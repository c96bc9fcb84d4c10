// The React adapter for the one map: creates the controller once and hands it the basemap.
import { useEffect, useRef } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { MapController } from './map-controller';
import { basemapSources } from './basemap-sources';
import { loadBasemap } from '../../data/load-data';
import { loadPlaceUnits } from '../../data/load-places';
import { t } from '../../lib/i18n/strings';

interface Props {
  /** Hands the map to the app, which lends it to presenter, compare and export (never to a store) and, in test builds, to the tests. */
  onMap?: (map: MapController['map'] | null) => void;
  /** The map shows its first view: basemap and plan features drawn. */
  onDrawn?: () => void;
}

export default function MapView({ onMap, onDrawn }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const lang = useAtlasStore((s) => s.lang);
  // Busy while plans' files are on their way (a layer, a selection or a dossier asked for them).
  const busy = useAtlasStore((s) => s.catalogueLoading);
  useEffect(() => {
    let controller: MapController;
    try {
      controller = new MapController(container.current!, useAtlasStore);
    } catch (e) {
      // No WebGL 2 context for maplibre (WebGL off by policy, a blocklisted GPU): the SVG map takes over.
      console.warn('Interactive map unavailable, drawing the SVG map instead:', (e as Error).message);
      useAtlasStore.getState().switchToSvgMap();
      return;
    }
    controller.onceDrawn(() => onDrawn?.());
    onMap?.(controller.map);
    let cancelled = false;
    Promise.all([loadBasemap(), loadPlaceUnits()])
      .then(([{ topology, overlay }, units]) => !cancelled && controller.setBasemap(basemapSources(topology, overlay), units))
      .catch((e: Error) => useAtlasStore.getState().showNotice(`${t(useAtlasStore.getState().lang, 'loadFailed')}: ${e.message}`));
    return () => {
      cancelled = true;
      controller.destroy();
      onMap?.(null);
    };
  }, []);
  return <div ref={container} className="map" role="region" aria-label={t(lang, 'map')} aria-busy={busy} data-testid="map" />;
}
