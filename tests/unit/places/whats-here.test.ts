import { describe, expect, it } from 'vitest';
import { smallestFirst } from '../../../src/lib/places/whats-here';

describe("what's here: order of the hits", () => {
  it('lists points, then lines, then areas from the smallest, each once', () => {
    expect(smallestFirst([
      { id: 'region', shape: 'area', area: 900 },
      { id: 'road', shape: 'line', area: 0 },
      { id: 'city', shape: 'area', area: 30 },
      { id: 'site', shape: 'point', area: 0 },
      { id: 'road', shape: 'line', area: 0 },
      { id: 'zone', shape: 'area', area: 200 },
    ])).toEqual(['site', 'road', 'city', 'zone', 'region']);
    expect(smallestFirst([])).toEqual([]);
  });
});
