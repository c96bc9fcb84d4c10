// index.html paints the first view before any script runs; React then replaces it with its own. The
// two must say and show the same, or the page would change under the reader's eyes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { t } from '../../../src/lib/i18n/strings';
import { previewText } from '../../../src/features/map-preview/preview-strings';
import { plans } from '../plans/registry-data';

import { fillIndexHtml, readFirstView } from '../../../scripts/vite/plan-registry-plugin';

// As built: the slots filled from the plan registry (scripts/vite/plan-registry-plugin.ts).
const view = readFirstView();
const html = fillIndexHtml(readFileSync('index.html', 'utf8'), view);
const shell = html.slice(html.indexOf('<div id="root">'), html.indexOf('<script'));

describe('the static first view in index.html', () => {
  it('has the title and subtitle the app shows in Chinese', () => {
    expect(shell).toContain(`<span class="brand-main">${t('zh', 'appTitle')}</span>`);
    expect(shell).toContain(`<span class="brand-sub">${t('zh', 'appSubtitle')}</span>`);
  });

  it('shows the same picture, with the same description, in the map\'s box', () => {
    expect(shell).toMatch(/<main class="stage">\s*<div class="map map-preview"><img src="data\/preview-zh\.svg"/);
    expect(shell).toContain(`alt="${previewText('zh', 'alt')}"`);
  });

  it('describes the page with the number of registered plans and their years', () => {
    expect(view.planCount).toBe(plans.length);
    const first = Math.min(...plans.map((p) => p.span[0]));
    const last = Math.max(...plans.map((p) => p.span[1]));
    expect(html).toContain(`<meta name="description" content="${view.description}" />`);
    expect(view.description).toContain(`${plans.length} Shanxi plan`);
    expect(view.description).toContain(`（${first}—${last}年）`);
    expect(() => fillIndexHtml('<meta content="%ATLAS_NOPE%">', view)).toThrow(/ATLAS_NOPE/);
  });

  it('uses no inline script or style, which the CSP forbids', () => {
    expect(shell).not.toMatch(/<script|<style|style="/);
  });
});
