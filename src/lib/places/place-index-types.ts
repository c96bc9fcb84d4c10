// The place index, loaded when a place dossier opens: for every county and prefecture, the features that
// relate to it and the paragraphs of each plan that name it. Served in one file per prefecture
// (data/place-index/<prefecture code>.json, the prefecture and its counties), so opening a dossier loads a
// few kilobytes whatever the size of the corpus.
import type { PlaceRelation } from './relation-kinds';

/** A feature related to the place: id, relation, area share (0–1, for polygons), and whether its quotes name it. */
export interface PlaceFeatureLink { f: string; r: PlaceRelation; s?: number; n?: 1 }

/** A paragraph naming the place: plan, paragraph id, and a snippet around the first mention. */
export interface PlaceTextHit { seed: string; p: string; snippet: string }

export interface PlaceIndexEntry { links: PlaceFeatureLink[]; text: PlaceTextHit[] }

export interface PlaceIndexFile {
  places: Record<string, PlaceIndexEntry>;
  /** Other ids that lead to a place: former codes and second codes of merged units (printed links keep working). */
  aliases: Record<string, string>;
}

/** The file a place's entry is in: its prefecture's code (the first four digits of a county's code, then 00). */
export const placeShardId = (placeId: string): string => `${placeId.slice(0, 4)}00`;

/** Splits the whole index into its per-prefecture files; each carries the aliases that lead into it. */
export function shardPlaceIndex(index: PlaceIndexFile): Map<string, PlaceIndexFile> {
  const shards = new Map<string, PlaceIndexFile>();
  const shard = (id: string) => {
    const key = placeShardId(id);
    if (!shards.has(key)) shards.set(key, { places: {}, aliases: {} });
    return shards.get(key)!;
  };
  for (const [id, entry] of Object.entries(index.places)) shard(id).places[id] = entry;
  for (const [alias, id] of Object.entries(index.aliases)) shard(alias).aliases[alias] = id;
  return shards;
}
