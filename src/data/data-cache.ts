// The one cache of loaded data: each file (or set of files) is fetched once per key and shared; a load
// that fails is forgotten, so the next use tries again. `resetDataCache` empties it (tests, a new deploy).
const entries = new Map<string, Promise<unknown>>();
/** Values that have arrived, for a caller that must answer in the same task (`arrived`). */
const values = new Map<string, unknown>();

/** The value loaded for `key`, loading it with `load` the first time (and again after a failure). */
export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let entry = entries.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = load();
    entries.set(key, entry);
    entry.then((value) => { if (entries.get(key) === entry) values.set(key, value); }, () => { if (entries.get(key) === entry) entries.delete(key); });
  }
  return entry;
}

/** The value for `key` if it has arrived; undefined while it loads or before anyone asked for it. */
export const arrived = <T>(key: string): T | undefined => values.get(key) as T | undefined;

export const resetDataCache = (): void => {
  entries.clear();
  values.clear();
};
