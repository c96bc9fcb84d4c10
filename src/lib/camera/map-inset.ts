// The part of the map left free by what covers it: the feature panel (docked right on wide screens,
// the bottom sheet at half height on a phone), the presenter's caption and the compare divider.
// Both renderers (maplibre and the SVG map) fit what they are asked to show into this area. Pure.
import { sheetHeights } from '../explorer/sheet-states';

/** What covers the map while a fit is made (all optional: nothing covers it). */
export interface MapCovers {
  /** Space around the fitted thing, px (default: 60 on wide screens, 30–40 on a phone). */
  margin?: number;
  /** The feature panel is open. */
  panel?: boolean;
  /** Height in px the presenter's caption and its bar cover at the bottom of the map. */
  caption?: number;
  /** Compare: the divider's x in px from the map's left; what is fitted stays on the main map's side of it. */
  divider?: number;
}

export interface MapBox {
  width: number;
  height: number;
  /** The docked panel's width in px (the `--panel-w` style token). */
  panelWidth: number;
}

export interface Inset { top: number; right: number; bottom: number; left: number }

/** Narrower than this, the panel is a bottom sheet. */
export const PHONE_MAX_WIDTH = 720;
/** Space kept between a fitted thing and whatever covers the map. */
const GAP = 24;
/** The free area never gets smaller than this (px) in either direction. */
const MIN_FREE = 120;

export function mapInset(box: MapBox, covers: MapCovers = {}): Inset {
  const { width: w, height: h } = box;
  const phone = w < PHONE_MAX_WIDTH;
  const edge = covers.margin ?? (phone ? 30 : 60);
  const inset: Inset = { top: covers.margin ?? (phone ? 40 : 60), right: edge, bottom: covers.margin ?? (phone ? 40 : 60), left: edge };
  if (covers.panel) {
    if (phone) inset.bottom = Math.max(inset.bottom, sheetHeights(h).half + 20);
    else inset.right = Math.max(inset.right, Math.min(box.panelWidth + 40, w / 2));
  }
  if (covers.caption) inset.bottom = Math.max(inset.bottom, covers.caption + GAP);
  if (covers.divider !== undefined) inset.right = Math.max(inset.right, w - covers.divider + GAP);
  // Whatever covers the map, something is left to fit into.
  inset.bottom = Math.max(0, Math.min(inset.bottom, h - inset.top - MIN_FREE));
  inset.right = Math.max(0, Math.min(inset.right, w - inset.left - MIN_FREE));
  return inset;
}
