// The user's "reduce motion" setting, for the maps: labels appear without maplibre's fade (camera moves are
// jumps already: maplibre reads the same setting). The app's CSS follows it in app.css.

/** maplibre's own label fade, kept unless the user asks for reduced motion. */
const LABEL_FADE_MS = 300;

export const labelFadeMs = (): number => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : LABEL_FADE_MS);
