// Which files the service worker precaches when it installs, and which it caches as the app first uses them.
// The app's code, fonts and fixed data are precached. The corpus's files — a plan's features, text, search
// shards, a prefecture's places, and the corpus-wide indexes — grow with every plan: they are precached too
// while the whole corpus is small (a first visit then works offline in full), and past that they are cached
// as the app loads them, so a visit's download and the worker's install do not grow with the corpus.

/** Paths (relative to the site) of the corpus's files, as prefixes. */
export const CORPUS_PREFIXES = [
  'data/catalogue/', 'data/documents/', 'data/search/', 'data/place-index/', 'data/details/',
  'data/search-index.json', 'data/feature-details/', 'data/coverage.json',
];

/** Up to this many bytes of corpus files (uncompressed) are precached; a larger corpus is cached as used. */
export const CORPUS_PRECACHE_BYTES = 6_000_000;

export const isCorpusFile = (name: string) => CORPUS_PREFIXES.some((prefix) => name.startsWith(prefix));

export interface PrecacheLists {
  /** Precached at install. */
  precache: string[];
  /** Path prefixes the worker caches on first use (and when the page hands over what it loaded before). */
  onUse: string[];
}

/** `files`: every file the app may fetch, with its size in bytes. */
export function precacheLists(files: { name: string; bytes: number }[], budget = CORPUS_PRECACHE_BYTES): PrecacheLists {
  const corpusBytes = files.filter((f) => isCorpusFile(f.name)).reduce((sum, f) => sum + f.bytes, 0);
  const whole = corpusBytes <= budget;
  return {
    precache: files.map((f) => f.name).filter((name) => whole || !isCorpusFile(name)).sort(),
    onUse: CORPUS_PREFIXES,
  };
}
