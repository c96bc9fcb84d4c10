// The counties and prefectures (names, prefecture), from the first view's topology.
import { useEffect, useState } from 'react';
import { loadPlaceUnits } from '../../data/load-places';
import type { PlaceUnit } from '../../lib/places/place-units';

export function usePlaceUnits(): PlaceUnit[] | null {
  const [units, setUnits] = useState<PlaceUnit[] | null>(null);
  useEffect(() => {
    let live = true;
    loadPlaceUnits().then((u) => live && setUnits(u), () => undefined);
    return () => { live = false; };
  }, []);
  return units;
}
