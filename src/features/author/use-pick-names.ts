// Recipe names of the places picked on the map (SCHEMA.md: a name shared by two prefectures is written with its prefecture).
import { useEffect, useState } from 'react';
import { loadPlaceUnits } from '../../data/load-places';
import type { PlaceUnit } from '../../lib/places/place-units';

export function recipeName(unit: PlaceUnit, units: PlaceUnit[]): string {
  const shared = units.filter((u) => u.kind === unit.kind && u.name.zh === unit.name.zh).length > 1;
  return shared && unit.prefecture ? unit.prefecture.name.zh + unit.name.zh : unit.name.zh;
}

export interface PickNames {
  /** A county's recipe name (its seat, for a line through it). */
  county(code: string): string | undefined;
  /** The recipe name of a county's prefecture. */
  prefecture(code: string): string | undefined;
  /** The code of a county's prefecture (a prefecture's own). */
  prefectureCode(code: string): string | undefined;
  /** The code of the county (or prefecture) a recipe names. */
  code(name: string, kind: 'county' | 'prefecture'): string | undefined;
}

/** Names of picked counties and of their prefectures, once the topology has come. */
export function usePickNames(): PickNames | null {
  const [units, setUnits] = useState<PlaceUnit[] | null>(null);
  useEffect(() => { void loadPlaceUnits().then(setUnits); }, []);
  if (!units) return null;
  const find = (code: string) => units.find((u) => u.id === code);
  return {
    county: (code) => {
      const unit = find(code);
      return unit && recipeName(unit, units);
    },
    prefecture: (code) => {
      const unit = find(code);
      return unit?.kind === 'prefecture' ? unit.name.zh : unit?.prefecture?.name.zh;
    },
    prefectureCode: (code) => {
      const unit = find(code);
      return unit?.kind === 'prefecture' ? unit.id : unit?.prefecture?.id;
    },
    code: (name, kind) => units.find((u) => u.kind === kind && recipeName(u, units) === name)?.id,
  };
}
