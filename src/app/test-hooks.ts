// Test hooks: the live objects the end-to-end tests and the benchmark read in the page (window.__atlas*).
// Built into test builds only (`vite build --mode e2e`): App imports this module when
// import.meta.env.MODE is 'e2e', so a production build contains neither the module nor the names.
import type { Map as MaplibreMap } from 'maplibre-gl';

/** Where a place is on the SVG map's screen. */
export interface SvgMapProbe { project(lonlat: [number, number]): [number, number] }

declare global {
  interface Window { __atlasMap?: MaplibreMap; __atlasCompareMap?: MaplibreMap; __atlasSvgMap?: SvgMapProbe }
}

export interface TestHooks { map: MaplibreMap; compareMap: MaplibreMap; svgMap: SvgMapProbe }

/** Publishes (or, with null, withdraws) one hook. */
export function expose<K extends keyof TestHooks>(name: K, value: TestHooks[K] | null): void {
  if (name === 'map') {
    if (value) window.__atlasMap = value as MaplibreMap;
    else delete window.__atlasMap;
  } else if (name === 'compareMap') {
    if (value) window.__atlasCompareMap = value as MaplibreMap;
    else delete window.__atlasCompareMap;
  } else if (value) window.__atlasSvgMap = value as SvgMapProbe;
  else delete window.__atlasSvgMap;
}
