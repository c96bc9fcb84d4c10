// Whether this browser can give maplibre a WebGL 2 context. Probed with a throwaway canvas when the
// map is first wanted, before the map's chunk is requested, so a machine with WebGL disabled never
// downloads maplibre. Not earlier: on a software renderer the probe costs about as much as the map's
// own context (≈300 ms), which must not delay the first paint.
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext(); // hand the context back at once
    return true;
  } catch {
    return false;
  }
}
