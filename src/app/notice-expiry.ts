// A notice is about what the user just did (a link that named nothing, a failed load): once they go on to
// something else — another selection, the presenter, the reader — it is out of date and goes.
import type { AtlasStore } from '../store/atlas-store';

export function startNoticeExpiry(store: AtlasStore): () => void {
  return store.subscribe((s, prev) => {
    if (!s.notice || s.notice !== prev.notice) return;
    // The reader opening (not the reader moving itself, e.g. to a plan's start after a missing paragraph).
    const movedOn = (s.subject && s.subject !== prev.subject) || (s.present && !prev.present) || (s.reader && !prev.reader);
    if (movedOn) s.showNotice(null);
  });
}
