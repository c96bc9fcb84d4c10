import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { locatorPaths } from '../../../src/lib/geo/locator-paths';

describe('locator paths (projected at compile time)', () => {
  it('draws China and Shanxi inside the inset, with the dot on Shanxi', () => {
    const outline = JSON.parse(readFileSync('data/basemap/china-outline.json', 'utf8')) as FeatureCollection;
    const p = locatorPaths(outline);
    expect(p.china).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(p.shanxi).toMatch(/^M[\d.]+,[\d.]+L/);
    const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers(p.china))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers(p.china))).toBeLessThanOrEqual(p.width);
    const xs = numbers(p.shanxi).filter((_, i) => i % 2 === 0);
    expect(p.dot[0]).toBeGreaterThan(Math.min(...xs));
    expect(p.dot[0]).toBeLessThan(Math.max(...xs));
  });
});
