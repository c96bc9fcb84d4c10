// What the first view shows and says, from the registry and the frames: the default layers, the
// picture's description, the page's description with the number of plans and their years. Pure; the
// vite plugin (scripts/vite/plan-registry-plugin.ts) computes it at build time for index.html and
// for `virtual:plan-registry`.
import type { Names } from './plan-registry-types';
import { defaultLayers, type PlanSummary } from './plan-summary';
import { chineseCount } from '../i18n/count-words';

export interface FirstView {
  /** Layer groups a first visit shows (the newest plan's first story frame). */
  layers: string[];
  /** The picture's alt text. */
  pictureAlt: Names;
  /** The page's meta description. */
  description: string;
  planCount: number;
}

export function firstView(plans: PlanSummary[], frames: { id: string; name: Names; seed: string }[]): FirstView {
  const layers = defaultLayers(plans);
  const frame = frames.find((f) => f.id === layers[0]);
  const plan = plans.find((p) => p.id === frame?.seed);
  const shown = frame && plan ? { zh: `：${frame.name.zh}（${plan.year}）`, en: `: ${frame.name.en} (${plan.year})` } : { zh: '', en: '' };
  const first = Math.min(...plans.map((p) => p.span[0]));
  const last = Math.max(...plans.map((p) => p.span[1]));
  const n = plans.length;
  return {
    layers,
    pictureAlt: { zh: `山西省地图静态预览${shown.zh}`, en: `Static preview of the Shanxi map${shown.en}` },
    description: `山西规划空间图谱：${chineseCount(n)}部山西规划（${first}—${last}年）的空间结构及其原文出处。`
      + `Shanxi Plan Atlas: the spatial structures of ${n} Shanxi plan${n === 1 ? '' : 's'} (${first}–${last}), each linked to its source text.`,
    planCount: n,
  };
}
