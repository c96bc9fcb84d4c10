// Places for dossiers: the counties and prefectures (from the first view's topology, already loaded) and
// the place index, one file per prefecture (data/place-index/<prefecture code>.json), fetched on demand.
import type { PlaceIndexEntry, PlaceIndexFile } from '../lib/places/place-index-types';
import { placeShardId } from '../lib/places/place-index-types';
import { placeUnits, type PlaceUnit } from '../lib/places/place-units';
import { cached } from './data-cache';
import { getJson, loadTopology } from './load-data';

export const loadPlaceUnits = (): Promise<PlaceUnit[]> => loadTopology().then(placeUnits);

const ADCODE = /^14\d{4}$/;

const loadShard = (shard: string) => cached(`place-index/${shard}`, () => getJson<PlaceIndexFile>(`place-index/${shard}.json`));

/**
 * A place's index entry under its current code. A former code (or a merged unit's second code) resolves
 * through the aliases; `id` is then the current code. Null when no file knows the code.
 */
export async function loadPlaceEntry(id: string): Promise<{ id: string; entry: PlaceIndexEntry } | null> {
  if (!ADCODE.test(id)) return null;
  const file = await loadShard(placeShardId(id));
  const current = Object.hasOwn(file.aliases, id) ? file.aliases[id] : id;
  const home = current === id ? file : await loadShard(placeShardId(current));
  return Object.hasOwn(home.places, current) ? { id: current, entry: home.places[current] } : null;
}
