// What a catalogue file still lacks in the other language: quotes without an English gloss, frame
// groups without an English label, notes (provenance, planners') without both Chinese and English.
import type { CatalogueFile, InputCitation } from './catalogue-input';
import { isBilingual } from '../i18n/bilingual-text';

export interface TranslationGaps {
  citations: number;
  /** `item id: quote` of each citation without a gloss. */
  missingGloss: string[];
  /** `frame id: label` of each group without labelEn. */
  missingGroupLabel: string[];
  notes: number;
  /** `item id: note` of each note that is not `{ zh, en }`. */
  notBilingualNote: string[];
}

export function translationGaps(file: CatalogueFile): TranslationGaps {
  const gaps: TranslationGaps = { citations: 0, missingGloss: [], missingGroupLabel: [], notes: 0, notBilingualNote: [] };
  const cite = (id: string, cs: InputCitation[] | undefined) => {
    for (const c of cs ?? []) {
      gaps.citations++;
      if (!c.gloss?.trim()) gaps.missingGloss.push(`${id}: ${c.quote}`);
    }
  };
  const note = (id: string, n: unknown) => {
    if (n === undefined) return;
    gaps.notes++;
    if (!isBilingual(n as never)) gaps.notBilingualNote.push(`${id}: ${typeof n === 'string' ? n : JSON.stringify(n)}`);
  };
  for (const f of file.features ?? []) {
    cite(f.id, f.citations);
    note(f.id, f.note);
    for (const p of f.provenance ?? []) note(f.id, p.note);
  }
  for (const fr of file.frames ?? []) {
    cite(fr.id, fr.citations);
    for (const g of fr.groups ?? []) {
      if (!g.labelEn?.trim()) gaps.missingGroupLabel.push(`${fr.id}: ${g.label}`);
      if (g.inferred) note(fr.id, { zh: g.inferred.zh, en: g.inferred.en });
    }
    for (const p of fr.provenance ?? []) note(fr.id, p.note);
  }
  return gaps;
}
