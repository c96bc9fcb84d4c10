// One English name per river: a basemap river that is also a plan feature (recipe `river`) takes the
// feature's English name, so the map label, the panel, search and exports read the same words.
interface Named { name?: string; nameEn?: string }
interface RiverFeature { properties: { name: { zh: string; en: string }; kind: string; recipe: string } }

export function riverNamesOf(features: RiverFeature[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of features) if (f.properties.recipe === 'river') names.set(f.properties.name.zh, f.properties.name.en);
  return names;
}

/** Sets `nameEn` of every object named like a river feature; returns how many it renamed. */
export function applyRiverNames(objects: Iterable<Named | null | undefined>, names: Map<string, string>): number {
  let n = 0;
  for (const p of objects) {
    const en = p?.name ? names.get(p.name) : undefined;
    if (p && en) { p.nameEn = en; n++; }
  }
  return n;
}
