// The user's "reduce motion" setting, for the maps: labels appear without maplibre's fade, and paint changes
// (a selection's highlight, a theme, a layer's opacity) land at once instead of easing over maplibre's default
// 300 ms (camera moves are jumps already: maplibre reads the same setting). The app's CSS follows it in app.css.

/** maplibre's own label fade, kept unless the user asks for reduced motion. */
const LABEL_FADE_MS = 300;

const reduced = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

export const labelFadeMs = (): number => (reduced() ? 0 : LABEL_FADE_MS);

/** The style's `transition`: none with reduced motion, maplibre's default otherwise. */
export const styleTransition = (): { duration: number; delay: number } | undefined => (reduced() ? { duration: 0, delay: 0 } : undefined);
