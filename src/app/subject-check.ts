// Keeps the selection real: a feature, frame or plan the data does not know, or a place no place file
// knows, becomes a short notice and the default view; a former feature id or place code becomes the
// current one. A place's index entry is loaded when the place is selected (never for the first view).
import type { AtlasStore, Subject } from '../store/atlas-store';

type State = ReturnType<AtlasStore['getState']>;
import { resolveFeatureId } from '../lib/catalogue/resolve-feature-id';
import { t } from '../lib/i18n/strings';
import type { PlaceIndexEntry } from '../lib/places/place-index-types';

export interface SubjectLoaders {
  /** Plan ids known to the registry. */
  plans: () => Promise<string[]>;
  /** Frame ids known to the registry (each plan's frames). */
  frames: () => Promise<string[]>;
  placeEntry: (id: string) => Promise<FoundPlace | null>;
  /** The entry at once when its file has arrived (search fetches it ahead), so the dossier opens with its list. */
  peekPlaceEntry?: (id: string) => FoundPlace | null | undefined;
}

interface FoundPlace { id: string; entry: PlaceIndexEntry }

const sameSubject = (a: Subject | null, b: Subject | null) => a?.kind === b?.kind && a?.id === b?.id;

export function startSubjectCheck(store: AtlasStore, load: SubjectLoaders): () => void {
  let stopped = false;
  const reject = (subject: Subject, message: 'subjectNotFound' | 'notFound' = 'subjectNotFound') => {
    const s = store.getState();
    if (stopped || !sameSubject(s.subject, subject)) return;
    s.openSubject(null);
    s.showNotice(t(s.lang, message));
  };
  const check = (s: State, prev: State | null) => {
    const subject = s.subject;
    if (prev && sameSubject(subject, prev.subject) && s.catalogue === prev.catalogue) return;
    if (s.placeEntry && s.placeEntry.id !== (subject?.kind === 'place' ? subject.id : null)) s.setPlaceEntry(null);
    if (!subject) return;
    if (subject.kind === 'feature' && s.catalogue) {
      const live = resolveFeatureId(s.catalogue.features.features, subject.id);
      // Not among the plans loaded so far: unknown only once every plan is (src/app/plan-loading.ts).
      if (!live) { if (s.catalogueComplete) reject(subject, 'notFound'); }
      // After the change that brought the old id has been applied (a link being applied writes no URL):
      // the current id then replaces the old one in the URL too.
      else if (live !== subject.id) queueMicrotask(() => { if (sameSubject(store.getState().subject, subject)) store.getState().openSubject({ kind: 'feature', id: live }); });
    } else if (subject.kind === 'frame' && (!prev || !sameSubject(subject, prev.subject))) {
      load.frames().then((ids) => { if (!ids.includes(subject.id)) reject(subject); }, () => undefined);
    } else if (subject.kind === 'plan' && (!prev || !sameSubject(subject, prev.subject))) {
      load.plans().then((ids) => { if (!ids.includes(subject.id)) reject(subject); }, () => undefined);
    } else if (subject.kind === 'place' && (!prev || !sameSubject(subject, prev.subject))) {
      const arrive = (found: FoundPlace | null) => {
        const now = store.getState();
        if (stopped || !sameSubject(now.subject, subject)) return;
        if (!found) return reject(subject);
        // A former code: the current one, after the change that brought the old one (as for features above;
        // an entry already in memory arrives while a link is still being applied, which writes no URL).
        if (found.id !== subject.id) {
          queueMicrotask(() => { if (!stopped && sameSubject(store.getState().subject, subject)) store.getState().openSubject({ kind: 'place', id: found.id }); });
        } else now.setPlaceEntry(found);
      };
      const ready = load.peekPlaceEntry?.(subject.id);
      if (ready !== undefined) return arrive(ready);
      load.placeEntry(subject.id).then(arrive, (e: Error) => {
        if (/HTTP 404/.test(e.message)) reject(subject);
        else if (!stopped) store.getState().showNotice(`${t(store.getState().lang, 'loadFailed')}: ${e.message}`);
      });
    }
  };
  const unsubscribe = store.subscribe((next, prev) => check(next, prev));
  check(store.getState(), null);
  return () => {
    stopped = true;
    unsubscribe();
  };
}
