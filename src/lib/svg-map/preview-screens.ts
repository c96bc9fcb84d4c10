// Where the first-view picture is shown, and what sits over it there: the map's box on a desktop
// (1280×800) and a phone (390×844), with the preview hint and the locator inset as the app's CSS
// lays them out (map-preview.css, locator-inset.css; widest language). first-view-labels.spec checks
// these boxes against the real page. Screen px relative to the map's box.
import type { Box } from './place-labels';

export interface PreviewScreen { name: string; width: number; height: number; covered: Box[] }

export const PREVIEW_SCREENS: PreviewScreen[] = [
  { name: 'desktop', width: 1280, height: 744, covered: [[10, 10, 366, 38], [10, 590, 140, 710]] },
  { name: 'phone', width: 390, height: 792, covered: [[10, 10, 231, 55], [259, 10, 381, 100]] },
];

/** The picture's viewBox [x, y, width, height] as an image shown with `xMidYMid meet` in a screen's box. */
function fit(viewBox: Box, screen: PreviewScreen) {
  const [, , w, h] = viewBox;
  const scale = Math.min(screen.width / w, screen.height / h);
  return { scale, left: (screen.width - w * scale) / 2, top: (screen.height - h * scale) / 2 };
}

/** Screen furniture over the picture, in picture units, on every screen; and a margin around each. */
export function coveredInPicture(viewBox: Box, screens = PREVIEW_SCREENS, margin = 4): Box[] {
  return screens.flatMap((screen) => {
    const { scale, left, top } = fit(viewBox, screen);
    const toPicture = (sx: number, sy: number) => [viewBox[0] + (sx - left) / scale, viewBox[1] + (sy - top) / scale];
    return screen.covered.map(([x0, y0, x1, y1]) => {
      const [a, b] = toPicture(x0, y0);
      const [c, d] = toPicture(x1, y1);
      return [a - margin, b - margin, c + margin, d + margin] as Box;
    });
  });
}

/** The part of the picture that every screen shows (its viewBox, or less where a screen crops it). */
export function shownOnEveryScreen(viewBox: Box, screens = PREVIEW_SCREENS, margin = 2): Box {
  let area: Box = [-Infinity, -Infinity, Infinity, Infinity];
  for (const screen of screens) {
    const { scale, left, top } = fit(viewBox, screen);
    const x0 = viewBox[0] - left / scale;
    const y0 = viewBox[1] - top / scale;
    area = [Math.max(area[0], x0), Math.max(area[1], y0), Math.min(area[2], x0 + screen.width / scale), Math.min(area[3], y0 + screen.height / scale)];
  }
  return [area[0] + margin, area[1] + margin, area[2] - margin, area[3] - margin];
}
