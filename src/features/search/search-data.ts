// Loads what search needs, never for the first view: the name index (with the search engine's code) is
// fetched once the first view is drawn and the browser is idle, so the first keystroke finds it in memory,
// or at once when the box is used before that. The plan text is read as queries need it: the shards of
// the query's characters and the chunks of the paragraphs shown (data/search/), each fetched once.
import { getJson } from '../../data/load-data';
import { cached } from '../../data/data-cache';
import { bootSettled, type AtlasStore } from '../../store/atlas-store';
import { whenState } from '../../store/when-state';
import { browserIdle } from '../../components/browser-idle';
import { userQuiet } from '../../components/user-quiet';
import type { SearchIndexFile } from '../../lib/search/search-index-types';
import type { SearchIndex } from '../../lib/search/search-names';
import type { TextReader } from '../../lib/search/search-text';
import type { searchAll, searchPlanText, withText } from '../../lib/search/group-results';
import type { CharShard, ParagraphRow } from '../../lib/search/text-index';

/** The prepared name index, the plan text's reader and the engine that searches them. */
export interface Search {
  index: SearchIndex;
  text: TextReader;
  engine: { searchAll: typeof searchAll; searchPlanText: typeof searchPlanText; withText: typeof withText };
}

const textReader = (file: SearchIndexFile): TextReader => ({
  layout: file.text,
  documents: file.documents.map((d) => ({ id: d.id, paragraphs: d.paragraphs })),
  shard: (k) => cached(`search-chars-${k}`, () => getJson<CharShard>(`search/chars-${k}.json`)),
  chunk: (c) => cached(`search-paragraphs-${c}`, () => getJson<ParagraphRow[]>(`search/paragraphs-${c}.json`)),
});

/**
 * A new task, queued behind the tasks already waiting (input, a selection's data, the map's messages) as a timeout's
 * would be, without the 4 ms that nested timeouts wait (the index is prepared in ≈ 90 steps at fifty plans).
 * Not `scheduler.yield()`, whose continuations go ahead of other tasks: a selection's data could wait for all of it.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => { port1.close(); resolve(); };
    port2.postMessage(null);
  });
}

/** Runs a generator to its end, letting the page answer input between its steps. */
async function inSteps<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

export const loadSearch = (): Promise<Search> => cached('search', async () => {
  const [file, names, engine] = await Promise.all([
    getJson<SearchIndexFile>('search-index.json'),
    import('../../lib/search/search-names'),
    import('../../lib/search/group-results'),
  ]);
  return { index: await inSteps(names.preparingIndex(file)), text: textReader(file), engine };
});

/**
 * Queries that exercise the name search's paths the index's preparation has not run: Chinese names and places, a
 * pinyin name (the letters' results, found as the index is prepared, have run the scoring of Latin queries).
 */
const WARM_UP_QUERIES = ['太原', 'taiyuan'];

/**
 * Loads the index and engine once the first view is settled (the store's boot) and the browser idle, and
 * hands them over; then runs a few throwaway searches, so the first real keystrokes run warm code (≈20 ms
 * less). Failures are left to the box (it loads again when used). Returns a function that stops handing
 * over (loading that has started completes for later use).
 */
export function prefetchSearch(store: AtlasStore, onSearch: (search: Search) => void): () => void {
  let live = true;
  void (async () => {
    await whenState(store, bootSettled);
    await browserIdle();
    if (!live) return;
    const search = await loadSearch();
    if (!live) return;
    onSearch(search);
    for (const query of WARM_UP_QUERIES) {
      await userQuiet(); // a user already typing has warmed it
      if (live) search.engine.searchAll(search.index, query);
    }
  })().catch(() => undefined);
  return () => { live = false; };
}
