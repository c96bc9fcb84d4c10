// The draft kept in localStorage, so that a reload (or a crash) does not lose it.
import { DRAFT_DEFAULTS, type FeatureDraft } from '../../lib/authoring/draft-feature';

const KEY = 'atlas-author-draft';

export interface StoredDraft { draft: FeatureDraft; picks: string[]; idEdited: boolean }

export function readStoredDraft(): StoredDraft | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredDraft;
    // A draft stored before a field existed takes its default.
    return { ...stored, draft: { ...DRAFT_DEFAULTS, ...stored.draft } };
  } catch {
    return null;
  }
}

export const storeDraft = (stored: StoredDraft | null) => (stored ? localStorage.setItem(KEY, JSON.stringify(stored)) : localStorage.removeItem(KEY));
