// Whether this browser could give maplibre a WebGL 2 context at all. Deliberately cheap: creating a
// throwaway context to find out costs about as much as the map's own (≈300 ms on a software renderer)
// and would delay the map for everyone. A browser that has the API but refuses a context (WebGL off by
// policy) makes maplibre throw when the map is created; MapView then switches to the SVG map.
export function mayHaveWebGL2(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}
