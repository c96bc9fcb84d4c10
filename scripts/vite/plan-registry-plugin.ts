// What the first view needs from the plan registry before any data is fetched, at build time:
// `virtual:plan-registry` (the default layers and the picture's description) and index.html's
// description and picture text, filled into its %ATLAS_…% slots. Read from the compiled data
// (public/data/plans.json and frames.json, written by `npm run data:compile`). Text only: the
// page's strict CSP is untouched (no inline script or style is added).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { firstView, type FirstView } from '../../src/lib/plans/first-view';
import type { PlanSummary } from '../../src/lib/plans/plan-summary';

const VIRTUAL_ID = 'virtual:plan-registry';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function readFirstView(root = process.cwd()): FirstView {
  const plansPath = join(root, 'public/data/plans.json');
  const framesPath = join(root, 'public/data/frames.json');
  if (!existsSync(plansPath) || !existsSync(framesPath)) {
    throw new Error('plan-registry: public/data/plans.json or frames.json is missing (run `npm run data:compile`)');
  }
  const plans = JSON.parse(readFileSync(plansPath, 'utf8')) as PlanSummary[];
  return firstView(plans, JSON.parse(readFileSync(framesPath, 'utf8')));
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** index.html with its %ATLAS_DESCRIPTION% and %ATLAS_PICTURE_ALT% slots filled; fails on a slot left. */
export function fillIndexHtml(html: string, view: FirstView): string {
  const out = html.replaceAll('%ATLAS_DESCRIPTION%', escapeAttr(view.description)).replaceAll('%ATLAS_PICTURE_ALT%', escapeAttr(view.pictureAlt.zh));
  const left = /%ATLAS_[A-Z_]+%/.exec(out);
  if (left) throw new Error(`index.html: unknown slot ${left[0]}`);
  return out;
}

export function planRegistryPlugin(root = process.cwd()): Plugin {
  return {
    name: 'atlas-plan-registry',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => {
      if (id !== RESOLVED_ID) return undefined;
      const { layers, pictureAlt, planCount } = readFirstView(root);
      return `export const defaultLayers = ${JSON.stringify(layers)};\nexport const pictureAlt = ${JSON.stringify(pictureAlt)};\nexport const planCount = ${planCount};\n`;
    },
    transformIndexHtml: (html) => fillIndexHtml(html, readFirstView(root)),
  };
}
