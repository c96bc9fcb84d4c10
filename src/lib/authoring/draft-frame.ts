// A frame drafted in the authoring mode (a layout such as 一核两翼: groups of features, counted as its slogan
// counts them) and the catalogue record it becomes. The build checks the counts against the slogan. Pure.
import { parseSlogan } from '../catalogue/slogan-numerals';
import type { InputFrame } from '../catalogue/catalogue-input';
import { draftCitation, type FeatureDraft, type FrameGroupDraft } from './draft-feature';

/** The groups the slogan in `nameZh` asks for (one per numeral, in order), keeping what was put in a group of the
 *  same place and label; one free group when the name has no numbered slogan. */
export function groupsForSlogan(nameZh: string, before: FrameGroupDraft[]): FrameGroupDraft[] {
  const parts = parseSlogan(nameZh);
  if (!parts) return before.length ? before.slice(0, 1) : [{ label: '', labelEn: '', count: 0, members: [] }];
  return parts.map((p, i) => ({ label: p.label, labelEn: before[i]?.labelEn ?? '', count: p.count, members: before[i]?.label === p.label ? before[i].members : [] }));
}

/** The frame's record, keys in the files' order. A group the slogan does not count is counted by its members. */
export function frameRecord(d: FeatureDraft): InputFrame {
  const counted = parseSlogan(d.nameZh.trim()) !== null;
  return {
    id: d.id,
    name: { zh: d.nameZh.trim(), en: d.nameEn.trim() },
    seed: d.seed,
    citations: [draftCitation(d)],
    groups: d.groups.map((g) => ({ label: g.label, ...(g.labelEn.trim() ? { labelEn: g.labelEn.trim() } : {}), count: counted ? g.count : g.members.length, members: g.members })),
    provenance: [{ basis: d.basis }],
  };
}
