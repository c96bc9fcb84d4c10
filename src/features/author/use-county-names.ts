// Recipe names of the counties picked on the map (SCHEMA.md: a name shared by two prefectures is written with its prefecture).
import { useEffect, useState } from 'react';
import { loadPlaceUnits } from '../../data/load-places';
import type { PlaceUnit } from '../../lib/places/place-units';

export function recipeName(unit: PlaceUnit, units: PlaceUnit[]): string {
  const shared = units.filter((u) => u.kind === unit.kind && u.name.zh === unit.name.zh).length > 1;
  return shared && unit.prefecture ? unit.prefecture.name.zh + unit.name.zh : unit.name.zh;
}

/** A function from a county's code to its recipe name, once the topology has come. */
export function useCountyNames(): ((code: string) => string | undefined) | null {
  const [units, setUnits] = useState<PlaceUnit[] | null>(null);
  useEffect(() => { void loadPlaceUnits().then(setUnits); }, []);
  if (!units) return null;
  return (code) => {
    const unit = units.find((u) => u.id === code);
    return unit && recipeName(unit, units);
  };
}
