// The picture in index.html is on screen before the app has rendered. A reach for it then (pointer,
// touch, wheel, key) is told to `load` (the app wants the map in its store and starts loading the map's
// code at once instead of after its first render). Framework-free: it runs before React does.

/** What counts as reaching for the map's picture: a pointer over it, a touch, the wheel, a key or focus. */
export const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown', 'focus'] as const;

/** Watches the static picture inside `root` until the first reach for it, then calls `load` once. */
export function watchEarlyReach(root: HTMLElement, load: () => void): void {
  const picture = root.querySelector('.map-preview');
  if (!picture) return;
  const onReach = () => {
    for (const type of INTENT_EVENTS) picture.removeEventListener(type, onReach, true);
    load();
  };
  for (const type of INTENT_EVENTS) picture.addEventListener(type, onReach, { capture: true, passive: true });
}
