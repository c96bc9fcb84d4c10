/** Assertions on the COMMITTED outputs only (CI has no .cache and no gmt). */
import { describe, it, expect, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { distance } from '@turf/turf';
import { loadBasemap, checkBasemap, checkTopology, checkSources, fileSizes, seatOffsetKm, sqKm, TAIYUAN_REF, type LoadedBasemap } from '../../../scripts/data/basemap-checks.ts';
import { loadOfficialShanxi } from '../../../scripts/data/official-list.ts';
import { currentUnitsOf } from '../../../scripts/data/vintage.ts';
import { BUDGET_GZIP_BYTES } from '../../../scripts/data/basemap-config.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
let b: LoadedBasemap;
beforeAll(() => {
  b = loadBasemap(ROOT);
});

describe('committed basemap outputs', () => {
  it('has 11 prefectures with the official county-level counts', () => {
    const official = loadOfficialShanxi();
    expect(b.prefectures.map((p) => p.properties.name).sort()).toEqual(official.prefectures.map((p) => p.name).sort());
    const expected = new Map<string, number>();
    for (const u of official.units) expected.set(u.prefecture, (expected.get(u.prefecture) ?? 0) + 1);
    const got = new Map<string, number>();
    for (const c of b.counties) got.set(c.properties.prefecture, (got.get(c.properties.prefecture) ?? 0) + currentUnitsOf(c.properties).length);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
    expect(got.get('太原市')).toBe(10);
    expect(got.get('大同市')).toBe(10);
    expect(got.get('长治市')).toBe(12);
    expect(got.get('临汾市')).toBe(17);
  });

  it('matches the current official county-level list exactly (117 units in 116 polygons)', () => {
    const official = loadOfficialShanxi().units.map((u) => `${u.adcode} ${u.name}`).sort();
    const mine = b.counties.flatMap((c) => currentUnitsOf(c.properties)).map((u) => `${u.adcode} ${u.name}`).sort();
    expect(mine).toEqual(official);
    expect(b.counties).toHaveLength(116);
    const names = new Set(b.counties.map((c) => c.properties.name));
    for (const n of ['云州区', '怀仁市', '太谷区', '上党区', '屯留区', '潞城区', '潞州区']) expect(names.has(n)).toBe(true);
    for (const n of ['大同县', '怀仁县', '太谷县', '长治县', '南郊区']) expect(names.has(n)).toBe(false);
    const pc = b.counties.find((c) => c.properties.names)!;
    expect(pc.properties).toMatchObject({ name: '平城区·云冈区', names: ['平城区', '云冈区'], prefecture: '大同市' });
  });

  it('Σ county area ≈ province area (within 0.5%)', () => {
    const counties = b.counties.reduce((s, c) => s + sqKm(c), 0);
    const province = sqKm(b.province[0]!);
    expect(Math.abs(counties - province) / province).toBeLessThan(0.005);
    expect(province).toBeGreaterThan(150000);
    expect(province).toBeLessThan(163000);
  });

  it('places the 太原 prefecture seat within 3 km of 112.55E 37.86N', () => {
    const ty = b.prefectures.find((p) => p.properties.name === '太原市')!;
    expect(ty.properties.adcode).toBe('140100');
    expect(distance(ty.properties.seat, TAIYUAN_REF, { units: 'kilometers' })).toBeLessThan(3);
  });

  it('has every county seat inside (or within 1 km of) its polygon', () => {
    const off = b.counties.map((c) => ({ name: c.properties.name, km: seatOffsetKm(c.properties.seat, c) })).filter((x) => x.km > 1);
    expect(off).toEqual([]);
    for (const p of b.prefectures) expect(seatOffsetKm(p.properties.seat, p)).toBeLessThanOrEqual(1);
  });

  it('has rivers named 黄河 and 汾河 from WDBII, plus flagged schematic rivers', () => {
    const wdbii = b.rivers.filter((r) => r.properties.source === 'gshhg-wdbii');
    expect(wdbii.some((r) => r.properties.name === '黄河')).toBe(true);
    expect(wdbii.some((r) => r.properties.name === '汾河')).toBe(true);
    const authored = b.rivers.filter((r) => r.properties.source === 'authored');
    expect(authored.length).toBeGreaterThan(0);
    expect(authored.every((r) => r.properties.schematic === true)).toBe(true);
  });

  it('shares edges across levels and draws each edge once with its rank', () => {
    expect(checkTopology(b.topo)).toEqual([]);
    const ranks = new Set(b.borders.map((f) => f.properties.rank));
    expect([...ranks].sort()).toEqual(['county', 'prefecture', 'province']);
  });

  it('has a complete overlay, all schematic', () => {
    const layers = new Set(b.overlay.features.map((f) => f.properties.layer));
    for (const l of ['rail', 'hsr', 'mountain', 'river-label']) expect(layers.has(l)).toBe(true);
    expect(b.overlay.features.every((f) => f.properties.schematic === true)).toBe(true);
  });

  it('records every source with licence and caveats', () => {
    expect(checkSources(b.sources)).toEqual([]);
  });

  it('stays within the size budget', () => {
    const s = fileSizes(ROOT);
    expect(s.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('passes the full data:check', () => {
    expect(checkBasemap(ROOT).problems).toEqual([]);
  });
});
