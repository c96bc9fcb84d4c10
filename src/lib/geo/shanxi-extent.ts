// Where the map looks: Shanxi's box, the zoom limits and the neighbours' name positions. The WebGL map,
// the SVG map, the build-time picture, the recipes and the benchmark page all read these.

/** Shanxi with a little context around it [west, south, east, north] (WGS84): the map opens on it. */
export const SHANXI_EXTENT: [number, number, number, number] = [110.2, 34.55, 114.6, 40.75];

/** The zoom limits of every map view (maplibre zoom levels). */
export const ZOOM_LIMITS = { min: 4, max: 12 } as const;

/** How far the map may be panned away from Shanxi [[west, south], [east, north]]. */
export const PAN_LIMITS: [[number, number], [number, number]] = [[103, 30], [122, 46]];

/** Padding (px) around the extent when the map fits it. */
export const EXTENT_PADDING = 16;

/** Where the neighbouring provinces are named: inside the clipped context area, near Shanxi. */
export const NEIGHBOUR_LABELS: { name: string; nameEn: string; at: [number, number] }[] = [
  { name: '河北省', nameEn: 'Hebei', at: [114.75, 38.2] },
  { name: '河南省', nameEn: 'Henan', at: [113.6, 34.95] },
  { name: '陕西省', nameEn: 'Shaanxi', at: [109.6, 37.0] },
  { name: '内蒙古自治区', nameEn: 'Inner Mongolia', at: [111.3, 40.95] },
];

/** The extent as a closed GeoJSON ring. */
export function extentRing([w, s, e, n]: [number, number, number, number] = SHANXI_EXTENT): [number, number][] {
  return [[w, s], [w, n], [e, n], [e, s], [w, s]];
}
