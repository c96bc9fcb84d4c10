import { describe, it, expect } from 'vitest';
import { gcjToWgs, geometryGcjToWgs, roundLonLat } from '../../../scripts/data/gcj.ts';
import { applyVintage, currentUnitsOf, RENAMES, MERGES, type VintageUnit } from '../../../scripts/data/vintage.ts';
import { loadOfficialShanxi, isCountyLevel } from '../../../scripts/data/official-list.ts';
import { distanceKm } from '../../../scripts/data/geo-math.ts';

describe('GCJ-02 → WGS84', () => {
  it('shifts points in Shanxi ≈0.5–0.6 km westward', () => {
    for (const p of [[112.55, 37.86], [113.3, 40.09], [111.0, 35.02]] as Array<[number, number]>) {
      const w = gcjToWgs(p);
      const km = distanceKm(p, w);
      expect(km).toBeGreaterThan(0.45);
      expect(km).toBeLessThan(0.7);
      expect(w[0]).toBeLessThan(p[0]); // west
      expect(Math.abs(w[1] - p[1]) * 111.32).toBeLessThan(0.2); // mostly east–west
    }
  });

  it('maps identical vertices to identical vertices (shared edges survive)', () => {
    const g = geometryGcjToWgs({ type: 'MultiPolygon', coordinates: [[[[112, 37], [112.1, 37], [112.1, 37.1], [112, 37]]], [[[112.1, 37], [112.2, 37], [112.1, 37.1], [112.1, 37]]]] });
    expect(g.coordinates[0]![0]![1]).toEqual(g.coordinates[1]![0]![0]);
    expect(roundLonLat([112.123456789, 37.987654321])).toEqual([112.12346, 37.98765]);
  });
});

describe('vintage fixes', () => {
  const unit = (adcode: string, name: string, prefecture: string): VintageUnit<string> => ({ adcode, name, prefecture, seat: [0, 0], geometries: [adcode] });
  const old: Array<VintageUnit<string>> = [
    unit('140202', '城区', '大同市'), unit('140203', '矿区', '大同市'), unit('140211', '南郊区', '大同市'), unit('140227', '大同县', '大同市'),
    unit('140624', '怀仁县', '朔州市'), unit('140726', '太谷县', '晋中市'), unit('140421', '长治县', '长治市'), unit('140424', '屯留县', '长治市'),
    unit('140481', '潞城市', '长治市'), unit('140402', '城区', '长治市'), unit('140411', '郊区', '长治市'), unit('140105', '小店区', '太原市'),
  ];

  it('renames and merges to the current units', () => {
    const cur = applyVintage(old);
    const byName = new Map(cur.map((u) => [u.name, u]));
    expect(cur).toHaveLength(12 - 3 + 1 - 2 + 1);
    expect(byName.get('云州区')?.adcode).toBe('140215');
    expect(byName.get('怀仁市')?.adcode).toBe('140681');
    expect(byName.get('太谷区')?.adcode).toBe('140703');
    expect(byName.get('上党区')?.adcode).toBe('140404');
    expect(byName.get('屯留区')?.adcode).toBe('140405');
    expect(byName.get('潞城区')?.adcode).toBe('140406');
    expect(byName.get('潞州区')?.geometries).toEqual(['140402', '140411']);
    const pc = byName.get('平城区·云冈区')!;
    expect(pc.names).toEqual(['平城区', '云冈区']);
    expect(pc.geometries).toEqual(['140202', '140203', '140211']);
    expect(currentUnitsOf(pc)).toEqual([{ adcode: '140213', name: '平城区' }, { adcode: '140214', name: '云冈区' }]);
    expect(byName.get('小店区')?.adcode).toBe('140105');
  });

  it('stops naming the unit when a rename no longer applies', () => {
    expect(() => applyVintage(old.filter((u) => u.name !== '怀仁县'))).toThrow(/怀仁县.*not found/);
    expect(() => applyVintage(old.map((u) => (u.adcode === '140726' ? { ...u, name: '太谷区' } : u)))).toThrow(/太谷县/);
    expect(() => applyVintage(old.filter((u) => u.name !== '南郊区'))).toThrow(/南郊区/);
  });

  it('every rename/merge target is a current official unit', () => {
    const official = new Map(loadOfficialShanxi().units.map((u) => [u.adcode, u.name]));
    for (const r of RENAMES) expect(official.get(r.to)).toBe(r.name);
    for (const m of MERGES) for (const u of currentUnitsOf({ adcode: m.to, name: m.name, ...(m.names ? { names: m.names } : {}), ...(m.adcodes ? { adcodes: m.adcodes } : {}) })) expect(official.get(u.adcode)).toBe(u.name);
  });

  it('the official list has 117 county-level units in 11 prefectures', () => {
    const o = loadOfficialShanxi();
    expect(o.units).toHaveLength(117);
    expect(o.prefectures).toHaveLength(11);
    expect(isCountyLevel({ code: '140171', area: '71' })).toBe(false);
    expect(isCountyLevel({ code: '140101', area: '01' })).toBe(false);
  });
});
