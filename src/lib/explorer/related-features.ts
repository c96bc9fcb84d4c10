// What the panel lists as related to a feature: the frames it belongs to (with their parts), and the
// features that cite the same paragraph of a plan. Pure: ids in, ids out.
import type { FeatureDetails, FeatureSummary, PlanFrame } from '../catalogue/catalogue-types';

export interface FramePart { label: string; labelEn?: string; ids: string[] }
export interface RelatedFrame { frame: PlanFrame; label: string; labelEn?: string; parts: FramePart[] }
export interface Related { frames: RelatedFrame[]; samePassage: string[] }

/** The feature's frames, each with every member grouped by the frame's own labels (核, 带, 组团 …). */
export function relatedFrames(feature: FeatureSummary, frames: PlanFrame[]): RelatedFrame[] {
  const byId = new Map(frames.map((f) => [f.id, f]));
  return feature.frames.flatMap((m) => {
    const frame = byId.get(m.frame);
    if (!frame) return [];
    return [{ frame, label: m.label, labelEn: m.labelEn, parts: frame.groups.map((g) => ({ label: g.label, labelEn: g.labelEn, ids: g.members })) }];
  });
}

const passageKey = (seed: string, paragraphId: string) => `${seed}#${paragraphId}`;

const indexes = new WeakMap<Record<string, FeatureDetails>, Map<string, string[]>>();

/**
 * paragraph → ids of the features citing it, built once per details object: the panel is drawn anew for each
 * selection, and at fifty plans building it took 13–25 ms of every selection.
 */
export function passageIndex(details: Record<string, FeatureDetails>): Map<string, string[]> {
  let index = indexes.get(details);
  if (!index) indexes.set(details, (index = buildPassageIndex(details)));
  return index;
}

function buildPassageIndex(details: Record<string, FeatureDetails>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [id, d] of Object.entries(details)) {
    for (const c of d.citations) {
      const key = passageKey(c.seed, c.paragraphId);
      const ids = index.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      index.set(key, ids);
    }
  }
  return index;
}

/**
 * Features citing a paragraph this feature cites, excluding itself and `exclude` (e.g. fellow frame
 * members already listed), in the order of the feature's citations, at most `limit`.
 */
export function samePassage(id: string, details: FeatureDetails | undefined, index: Map<string, string[]>, exclude: ReadonlySet<string> = new Set(), limit = 12): string[] {
  const out: string[] = [];
  for (const c of details?.citations ?? []) {
    for (const other of index.get(passageKey(c.seed, c.paragraphId)) ?? []) {
      if (other !== id && !exclude.has(other) && !out.includes(other)) out.push(other);
    }
  }
  return out.slice(0, limit);
}

export function relatedFeatures(
  feature: FeatureSummary, frames: PlanFrame[], details: FeatureDetails | undefined, index: Map<string, string[]>,
): Related {
  const rf = relatedFrames(feature, frames);
  const members = new Set(rf.flatMap((r) => r.parts.flatMap((p) => p.ids)));
  return { frames: rf, samePassage: samePassage(feature.id, details, index, members) };
}
