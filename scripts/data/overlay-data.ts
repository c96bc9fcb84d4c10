/**
 * Project-authored overlay (schematic, approximate; general geographic knowledge, not survey data).
 *
 * Rail lines are sequences of places. A place is either a prefecture ("太原市" → the prefecture
 * seat), a county-level unit ("介休市" → its seat) or an entry of OUTSIDE_PLACES (stations and
 * towns beyond Shanxi, WGS84, approximate). The lines therefore run seat-to-seat: they show which
 * places a line links, not its track.
 */

export const OUTSIDE_PLACES: Readonly<Record<string, [number, number]>> = {
  西安: [108.94, 34.34],
  石家庄: [114.51, 38.04],
  井陉: [114.14, 38.03],
  焦作: [113.24, 35.22],
  月山: [113.07, 35.23],
  雄安: [115.95, 39.03],
  阜平: [114.2, 38.85],
  曲阳: [114.74, 38.62],
  定州: [115.0, 38.52],
  张家口: [114.88, 40.77],
  怀安: [114.39, 40.67],
  集宁: [113.13, 41.03],
  丰镇: [113.16, 40.44],
  吴堡: [110.72, 37.45],
  绥德: [110.26, 37.5],
  靖边方向: [108.8, 37.6],
  阳原: [114.15, 40.1],
  涿鹿: [115.2, 40.38],
  延庆: [115.97, 40.46],
  秦皇岛方向: [116.5, 40.3],
  林州: [113.82, 36.07],
  汤阴: [114.36, 35.92],
  濮阳: [115.03, 35.76],
  日照方向: [116.5, 35.6],
  涞源: [114.69, 39.36],
  北京方向: [115.95, 39.75],
  中卫方向: [108.5, 37.65],
};

export interface RailLine {
  name: string;
  layer: 'hsr' | 'rail';
  via: string[];
  note?: string;
}

export const RAIL_LINES: RailLine[] = [
  { name: '大西高铁', layer: 'hsr', via: ['大同市', '怀仁市', '山阴县', '原平市', '忻州市', '阳曲县', '太原市', '晋中市', '太谷区', '祁县', '平遥县', '介休市', '霍州市', '洪洞县', '临汾市', '侯马市', '闻喜县', '运城市', '永济市', '西安'] },
  { name: '石太客专', layer: 'hsr', via: ['太原市', '寿阳县', '阳泉市', '井陉', '石家庄'] },
  { name: '石太铁路', layer: 'rail', via: ['太原市', '晋中市', '寿阳县', '阳泉市', '平定县', '井陉', '石家庄'] },
  { name: '郑太高铁', layer: 'hsr', via: ['太原市', '晋中市', '太谷区', '榆社县', '武乡县', '襄垣县', '长治市', '高平市', '晋城市', '焦作'], note: '太焦段' },
  { name: '太焦铁路', layer: 'rail', via: ['晋中市', '太谷区', '榆社县', '武乡县', '沁县', '襄垣县', '长治市', '高平市', '晋城市', '焦作'] },
  { name: '雄忻高铁', layer: 'hsr', via: ['忻州市', '定襄县', '五台县', '阜平', '曲阳', '定州', '雄安'], note: '在建/规划中的走向示意' },
  { name: '大张高铁', layer: 'hsr', via: ['大同市', '阳高县', '天镇县', '怀安', '张家口'] },
  { name: '集大原高铁', layer: 'hsr', via: ['集宁', '丰镇', '大同市', '怀仁市', '应县', '原平市'], note: '大同—原平段与大西高铁并行，示意' },
  { name: '同蒲铁路', layer: 'rail', via: ['大同市', '怀仁市', '朔州市', '宁武县', '原平市', '忻州市', '太原市', '晋中市', '太谷区', '祁县', '平遥县', '介休市', '灵石县', '霍州市', '洪洞县', '临汾市', '侯马市', '运城市', '永济市'] },
  { name: '太中银铁路', layer: 'rail', via: ['太原市', '清徐县', '交城县', '文水县', '汾阳市', '吕梁市', '柳林县', '吴堡', '绥德', '靖边方向', '中卫方向'] },
  { name: '大秦铁路', layer: 'rail', via: ['大同市', '云州区', '阳原', '涿鹿', '延庆', '秦皇岛方向'] },
  { name: '瓦日铁路', layer: 'rail', via: ['兴县', '岚县', '方山县', '中阳县', '孝义市', '平遥县', '沁源县', '屯留区', '长治市', '壶关县', '林州', '汤阴', '濮阳', '日照方向'] },
  { name: '侯月铁路', layer: 'rail', via: ['侯马市', '曲沃县', '翼城县', '沁水县', '阳城县', '晋城市', '月山'] },
  { name: '京原铁路', layer: 'rail', via: ['原平市', '代县', '繁峙县', '灵丘县', '涞源', '北京方向'] },
];

export interface MountainLabel {
  name: string;
  /** One point (peak / label anchor) or a short line along the range. */
  points: Array<[number, number]>;
  kind: 'range' | 'peak';
  /** Highest point, metres (approximate, for tooltips). */
  elevation?: number;
}

export const MOUNTAINS: MountainLabel[] = [
  { name: '太行山', kind: 'range', points: [[113.0, 35.45], [113.55, 36.4], [113.8, 37.3], [114.05, 38.3], [114.45, 39.3]] },
  { name: '吕梁山', kind: 'range', points: [[111.75, 39.0], [111.5, 38.3], [111.4, 37.7], [111.2, 37.0], [111.05, 36.4]] },
  { name: '中条山', kind: 'range', points: [[110.5, 34.82], [110.95, 35.0], [111.45, 35.2], [111.95, 35.38]] },
  { name: '太岳山', kind: 'range', points: [[112.1, 37.0], [112.0, 36.7], [111.95, 36.4]] },
  { name: '五台山', kind: 'peak', points: [[113.57, 39.08]], elevation: 3061 },
  { name: '恒山', kind: 'peak', points: [[113.73, 39.67]], elevation: 2017 },
  { name: '管涔山', kind: 'peak', points: [[112.0, 38.93]], elevation: 2784 },
  { name: '芦芽山', kind: 'peak', points: [[111.93, 38.73]], elevation: 2772 },
  { name: '关帝山', kind: 'peak', points: [[111.45, 37.85]], elevation: 2831 },
  { name: '系舟山', kind: 'peak', points: [[112.85, 38.15]] },
];

/** River label anchors: the label is placed on the river line nearest to the anchor. */
export const RIVER_LABELS: Array<{ name: string; near: [number, number] }> = [
  { name: '黄河', near: [110.55, 36.9] },
  { name: '黄河', near: [111.3, 34.82] },
  { name: '汾河', near: [111.62, 36.3] },
  { name: '汾河', near: [112.0, 38.5] },
  { name: '桑干河', near: [113.1, 39.62] },
  { name: '滹沱河', near: [112.95, 39.0] },
  { name: '浊漳河', near: [113.3, 36.48] },
  { name: '清漳河', near: [113.42, 37.05] },
  { name: '沁河', near: [112.3, 36.3] },
  { name: '丹河', near: [112.95, 35.65] },
  { name: '涑水河', near: [111.05, 35.13] },
  { name: '三川河', near: [111.14, 37.52] },
  { name: '昕水河', near: [110.92, 36.44] },
  { name: '文峪河', near: [111.95, 37.55] },
  { name: '御河', near: [113.3, 40.15] },
  { name: '浍河', near: [111.6, 35.7] },
];
