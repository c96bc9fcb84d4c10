// While a frame is the subject the map draws all its parts, each labelled with its group's label (the
// plan's own word, 核/带/圈…, or its English rendering; an inferred part carries the inferred mark, as
// in its membership), and dims everything else. Pure: what to draw, not how.
import type { AtlasFeature, Names, PlanFrame } from './catalogue-types';

export interface FrameFocus {
  frame: PlanFrame;
  /** Every part with geometry or not, in the plan's order, with its group label in both languages. */
  parts: { id: string; label: Names }[];
}

/** The open frame's parts and their labels, or null when the subject is not a known frame. */
export function frameFocus(
  subject: { kind: string; id: string } | null,
  catalogue: { frames: PlanFrame[]; features: { features: AtlasFeature[] } } | null,
): FrameFocus | null {
  if (subject?.kind !== 'frame' || !catalogue) return null;
  const frame = catalogue.frames.find((f) => f.id === subject.id);
  if (!frame) return null;
  const byId = new Map(catalogue.features.features.map((f) => [f.properties.id, f.properties]));
  const parts: FrameFocus['parts'] = [];
  const seen = new Set<string>();
  for (const g of frame.groups) {
    for (const id of g.members) {
      if (seen.has(id)) continue;
      seen.add(id);
      // The part's membership carries the mark per part (a group partly inferred marks only those parts);
      // a part listed in two groups is labelled by the first, whose membership comes first.
      const m = byId.get(id)?.frames.find((x) => x.frame === frame.id) ?? g;
      parts.push({ id, label: { zh: m.label, en: m.labelEn ?? m.label } });
    }
  }
  return { frame, parts };
}

/** The ids of a frame focus's parts (empty for none). */
export const frameIds = (focus: FrameFocus | null): string[] => focus?.parts.map((p) => p.id) ?? [];

/** A group label as the maps show it under a part's name: in corner brackets in Chinese, so that 圈 under 晋北城镇圈 does not read as the name wrapped. */
export const groupMark = (label: string, lang: 'zh' | 'en') => (lang === 'zh' ? `「${label}」` : label);
