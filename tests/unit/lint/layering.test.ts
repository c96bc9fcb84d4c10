// The layering is enforced by `npm run lint`; these tests show the rule fails on each kind of breach
// (so a quiet lint means something), using ESLint itself on code placed in the right folders.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layerOf, violation } from '../../../scripts/lint/layering-rule.js';

const eslint = new ESLint({ overrideConfigFile: 'scripts/lint/eslint.config.js' });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering rule', () => {
  it('names the layer of a path', () => {
    expect(layerOf('src/features/panel/FeaturePanel.tsx')).toBe('feature:panel');
    expect(layerOf('src/lib/geo/recipes.ts')).toBe('lib');
    expect(layerOf('src/main.tsx')).toBe('app');
    expect(layerOf('scripts/compile-data.ts')).toBe('scripts');
  });

  it('allows the one-way flow and refuses the other', () => {
    expect(violation('feature:panel', 'lib')).toBeNull();
    expect(violation('feature:panel', 'store')).toBeNull();
    expect(violation('app', 'feature:map')).toBeNull();
    expect(violation('feature:panel', 'feature:map')).toMatch(/another feature/);
    expect(violation('lib', 'store')).toMatch(/lib imports lib only/);
    expect(violation('scripts', 'feature:map')).toMatch(/scripts imports/);
    expect(violation('store', 'feature:map')).not.toBeNull();
  });

  it('fails a cross-feature import, static or dynamic', async () => {
    expect(await messages('src/features/panel/probe.ts', "import { x } from '../map/map-controller';\nexport const y = x;"))
      .toEqual([expect.stringMatching(/^atlas\/layering: .*another feature \(map\)/)]);
    expect(await messages('src/features/panel/probe.ts', "export const load = () => import('../search/search-data');"))
      .toEqual([expect.stringMatching(/^atlas\/layering: .*another feature \(search\)/)]);
    expect(await messages('src/features/panel/probe.ts', "export { x } from '../../app/App';"))
      .toEqual([expect.stringMatching(/never imports the app/)]);
  });

  it('keeps src/lib pure and scripts on src/lib', async () => {
    expect(await messages('src/lib/geo/probe.ts', "import { create } from 'zustand';\nexport const c = create;"))
      .toEqual([expect.stringMatching(/framework-free/)]);
    expect(await messages('src/lib/geo/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"))
      .toEqual([expect.stringMatching(/framework-free/)]);
    expect(await messages('src/lib/geo/probe.ts', 'export const w = () => window.innerWidth;'))
      .toEqual([expect.stringMatching(/^no-restricted-globals/)]);
    expect(await messages('scripts/probe.ts', "import { useAtlasStore } from '../src/store/atlas-store';\nexport const s = useAtlasStore;"))
      .toEqual([expect.stringMatching(/scripts imports lib/)]);
    expect(await messages('src/lib/geo/probe.ts', "import { bbox } from '@turf/turf';\nimport { x } from '../citations/normalize-quote';\nexport const z = [bbox, x];"))
      .toEqual([]);
  });

  it('refuses window.__ test hooks outside the test-hook module', async () => {
    expect(await messages('src/features/map/probe.ts', 'export const h = () => { (window as any).__atlasMap = 1; };'))
      .toContainEqual(expect.stringMatching(/^no-restricted-syntax/));
  });
});
