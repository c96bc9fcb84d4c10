// Places for dossiers: the counties and prefectures (from the first view's topology, already loaded) and
// the place index, one file per prefecture (data/place-index/<prefecture code>.json), fetched on demand —
// or ahead of a choice (search prefetches the places it lists), so that the dossier opens with its list.
import type { PlaceIndexEntry, PlaceIndexFile } from '../lib/places/place-index-types';
import { placeShardId } from '../lib/places/place-index-types';
import { placeUnits, type PlaceUnit } from '../lib/places/place-units';
import { arrived, cached } from './data-cache';
import { getJson, loadTopology } from './load-data';

/** The counties and prefectures, worked out of the topology once. */
export const loadPlaceUnits = (): Promise<PlaceUnit[]> => cached('place-units', () => loadTopology().then(placeUnits));

export interface FoundPlace { id: string; entry: PlaceIndexEntry }

const ADCODE = /^14\d{4}$/;
const shardKey = (shard: string) => `place-index/${shard}`;
const loadShard = (shard: string) => cached(shardKey(shard), () => getJson<PlaceIndexFile>(`${shardKey(shard)}.json`));
const shardArrived = (shard: string) => arrived<PlaceIndexFile>(shardKey(shard));

/** A place in its files: `id` is the current code (a former code resolves through the aliases). */
function lookUp(id: string, file: (shard: string) => PlaceIndexFile | undefined): FoundPlace | null | undefined {
  const first = file(placeShardId(id));
  if (!first) return undefined;
  const current = Object.hasOwn(first.aliases, id) ? first.aliases[id] : id;
  const home = current === id ? first : file(placeShardId(current));
  if (!home) return undefined;
  return Object.hasOwn(home.places, current) ? { id: current, entry: home.places[current] } : null;
}

/**
 * A place's index entry under its current code. A former code (or a merged unit's second code) resolves
 * through the aliases; `id` is then the current code. Null when no file knows the code.
 */
export async function loadPlaceEntry(id: string): Promise<FoundPlace | null> {
  if (!ADCODE.test(id)) return null;
  const first = await loadShard(placeShardId(id));
  if (Object.hasOwn(first.aliases, id)) await loadShard(placeShardId(first.aliases[id]));
  return peekPlaceEntry(id) ?? null;
}

/** The entry at once when its files have arrived; undefined when they have not (yet). */
export const peekPlaceEntry = (id: string): FoundPlace | null | undefined => (ADCODE.test(id) ? lookUp(id, shardArrived) : null);

/** Starts fetching the index files of places a user is about to choose (failures are left to the choice). */
export function prefetchPlaceEntries(ids: string[]): void {
  for (const id of ids) if (ADCODE.test(id)) loadPlaceEntry(id).catch(() => undefined);
}
