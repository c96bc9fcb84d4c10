// Property test: parseHash never throws and only ever returns well-formed state, for 10,000 hostile
// hashes from a fixed seed; what it returns survives a format/parse round trip.
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/lib/url/hash-state';
import { hostileHashes } from './hostile-hashes';

const ID = /^[A-Za-z0-9_.:-]{1,120}$/;
const KNOWN_KEYS = new Set(['feature', 'view', 'doc', 'paragraph', 'lang', 'layers', 'basemapOff', 'present', 'panel', 'compare', 'place', 'frame', 'plan', 'rejected']);

describe('parseHash on hostile input', () => {
  const inputs = hostileHashes(10_000, 20261122);

  it('covers the kinds of input it should (huge, binary, script-like, numeric junk)', () => {
    expect(inputs.some((h) => h.length > 4000)).toBe(true);
    // eslint-disable-next-line no-control-regex -- the hostile inputs must include control characters
    expect(inputs.some((h) => /[\u0000-\u0008\u0080-\u00ff]/.test(h))).toBe(true);
    expect(inputs.some((h) => h.includes('<script>'))).toBe(true);
    expect(inputs.some((h) => h.includes('NaN'))).toBe(true);
    expect(new Set(inputs).size).toBeGreaterThan(9_900);
  });

  it('never throws and returns only well-formed fields', () => {
    let withSomething = 0;
    for (const hash of inputs) {
      const state = parseHash(hash);
      for (const key of Object.keys(state)) expect(KNOWN_KEYS.has(key), `${key} from ${JSON.stringify(hash).slice(0, 80)}`).toBe(true);
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      for (const id of [state.feature, state.doc, state.paragraph, state.place, state.frame, state.plan]) if (id !== undefined) expect(id).toMatch(ID);
      if (state.paragraph) expect(state.doc).toBeDefined();
      if (state.lang) expect(['zh', 'en']).toContain(state.lang);
      if (state.view) {
        const { zoom, lat, lon } = state.view;
        expect([zoom, lat, lon].every(Number.isFinite)).toBe(true);
        expect(zoom >= 0 && zoom <= 20 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180).toBe(true);
      }
      for (const list of [state.layers, state.basemapOff]) {
        if (!list) continue;
        expect(list.length).toBeLessThanOrEqual(200);
        for (const id of list) expect(id).toMatch(ID);
      }
      if (state.panel) expect(['layers', 'list', 'sources']).toContain(state.panel);
      if (state.compare) {
        const { a, b, x } = state.compare;
        for (const id of [a, b]) if (id !== '') expect(id).toMatch(ID);
        if (x !== undefined) expect(Number.isFinite(x) && x >= 0.02 && x <= 0.98).toBe(true);
        expect(Object.keys(state.compare).every((k) => ['a', 'b', 'x'].includes(k))).toBe(true);
      }
      for (const key of state.rejected ?? []) expect(['place', 'frame', 'plan']).toContain(key);
      if (Object.keys(state).length) withSomething++;
      // What was accepted can be written back to the URL and read again unchanged.
      const written = formatHash(state);
      expect(written.length).toBeLessThan(30_000);
      expect(formatHash(parseHash(written))).toBe(written);
    }
    // Real parameter names are mixed in, so some inputs do carry usable state.
    expect(withSomething).toBeGreaterThan(100);
    expect(inputs.map(parseHash).filter((s) => s.compare).length, 'compare keys covered').toBeGreaterThan(50);
    expect(inputs.map(parseHash).filter((s) => s.place || s.frame || s.plan).length, 'selection keys covered').toBeGreaterThan(50);
    expect(inputs.map(parseHash).filter((s) => s.rejected).length, 'rejected selection keys covered').toBeGreaterThan(50);
  }, 60_000);
});
