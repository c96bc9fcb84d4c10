// The layers a first visit shows, from the plan registry at build time (the newest plan's first
// story frame; src/lib/plans/plan-summary.ts).
import { defaultLayers } from 'virtual:plan-registry';

export const DEFAULT_LAYERS: string[] = defaultLayers;
