// Whether this browser could give maplibre a WebGL 2 context at all. Deliberately cheap: creating a
// throwaway context to find out costs as much as the map's own (≈300 ms on a software renderer) and
// would delay the first paint. A browser that has the API but refuses a context (WebGL disabled by
// policy) makes maplibre throw when the map is created; the map's error boundary then switches to SVG.
export function mayHaveWebGL2(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}
