// 天地图 on the map: its base and annotation tiles as two raster layers just under the plan layers (so the
// embedded basemap is covered and the plans stay on top), with the credit and review number its terms ask
// for; removed again when switched off. A tile the service refuses hands the map back to the embedded basemap.
import type { Map as MaplibreMap, ErrorEvent } from 'maplibre-gl';
import { tiandituTiles, type OnlineBasemap } from '../../lib/basemap/online-basemap';
import { PLAN_SOURCE } from './plan-layers';

const SOURCES = ['online-base', 'online-labels'] as const;
const TILE_PX = 256;

export function showOnlineBasemap(map: MaplibreMap, choice: OnlineBasemap | null, review: string | undefined): void {
  for (const id of SOURCES) {
    if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(id)) map.removeSource(id);
  }
  if (!choice || !review) return;
  const tiles = tiandituTiles(choice);
  const below = map.getStyle().layers.find((l) => 'source' in l && l.source === PLAN_SOURCE)?.id;
  const attribution = `© 天地图 · 审图号：${review}`;
  map.addSource('online-base', { type: 'raster', tiles: tiles.base, tileSize: TILE_PX, attribution, maxzoom: 18 });
  map.addSource('online-labels', { type: 'raster', tiles: tiles.labels, tileSize: TILE_PX, maxzoom: 18 });
  map.addLayer({ id: 'online-base', type: 'raster', source: 'online-base' }, below);
  map.addLayer({ id: 'online-labels', type: 'raster', source: 'online-labels' }, below);
}

/** The HTTP status of a failed online tile (0 when the network failed), or null for another error. */
export function onlineTileFailure(e: ErrorEvent & { sourceId?: string }): number | null {
  if (!e.sourceId || !(SOURCES as readonly string[]).includes(e.sourceId)) return null;
  const status = (e.error as { status?: number } | undefined)?.status;
  return typeof status === 'number' ? status : 0;
}
