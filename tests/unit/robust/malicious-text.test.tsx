// @vitest-environment happy-dom
// Text from data and URLs is only ever rendered as text: a feature whose name, quote, gloss, note
// and heading path carry HTML and script renders them escaped, with no element created from them.
import { describe, expect, it, beforeEach } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { useAtlasStore, initialAtlasState } from '../../../src/store/atlas-store';
import { FeaturePanel } from '../../../src/features/panel/FeaturePanel';
import type { AtlasFeature, FeatureDetails, PlanFrame } from '../../../src/lib/catalogue/catalogue-types';
import type { PlanSummary } from '../../../src/data/load-data';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EVIL = '<img src=x onerror="alert(document.domain)"><script>alert(1)</script>';

const feature: AtlasFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [112.5, 37.8] },
  properties: {
    id: 'evil-feature', name: { zh: `恶意${EVIL}`, en: `Evil ${EVIL}` }, kind: `core" onmouseover="alert(1)`,
    frames: [{ frame: 'frame-evil', label: EVIL }], seeds: ['004_evil'], schematic: true, recipe: 'point',
  },
};
const frames: PlanFrame[] = [{ id: 'frame-evil', name: { zh: EVIL, en: EVIL }, seed: '004_evil', citations: [], groups: [], provenance: [] }];
const details: FeatureDetails = {
  citations: [{
    seed: '004_evil', quote: `原文${EVIL}`, gloss: EVIL, paragraphId: 'p0001', headingPath: [EVIL, 'ok'],
    start: 0, end: 3,
  } as unknown as FeatureDetails['citations'][number]],
  provenance: [{ basis: 'derived', note: EVIL }],
  note: EVIL,
};
const plans = new Map<string, PlanSummary>([['004_evil', {
  id: '004_evil', title: EVIL, titleInferred: false, shortTitle: { zh: EVIL, en: EVIL }, year: EVIL, colour: '#123456',
  span: [2020, 2021], order: 1, titleEn: EVIL, issuer: EVIL, docNumber: EVIL,
}]]);

describe('malicious text in the data', () => {
  beforeEach(() => useAtlasStore.setState({ ...initialAtlasState, details: { 'evil-feature': details } }));

  for (const lang of ['zh', 'en'] as const) {
    it(`is escaped in the feature panel (${lang})`, () => {
      useAtlasStore.setState({ lang });
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      act(() => root.render(<FeaturePanel feature={feature} frames={frames} plans={plans} />));
      // None of it became markup: no element from the payload, no event-handler attribute anywhere…
      expect(host.querySelectorAll('img, script').length).toBe(0);
      const handlers = [...host.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'));
      expect(handlers).toEqual([]);
      // …and every copy of it is there, as text: names, frame, quote, gloss, heading path, basis, note.
      const copies = host.textContent!.split(EVIL).length - 1;
      expect(copies).toBeGreaterThanOrEqual(7);
      expect(host.querySelector('h2')!.textContent).toBe(lang === 'zh' ? `恶意${EVIL}` : `Evil ${EVIL}`);
      expect(host.querySelector('blockquote')!.textContent).toBe(`原文${EVIL}`);
      act(() => root.unmount());
      host.remove();
    });
  }
});
