import { describe, expect, it } from 'vitest';
import { pointsAlong } from '../../../src/lib/svg-map/points-along';

describe('names along a line', () => {
  it('repeats every spacing, the first half a spacing in, across the line\'s bends', () => {
    // An L: 300 px east, then 500 px south (800 px in all): names at 200 and 600 px.
    expect(pointsAlong([[[0, 0], [300, 0], [300, 500]]], 400)).toEqual([[200, 0], [300, 300]]);
  });

  it('names each part on its own, and none on a part shorter than half a spacing', () => {
    expect(pointsAlong([[[0, 0], [150, 0]], [[0, 10], [0, 250]]], 400)).toEqual([[0, 210]]);
  });

  it('skips repeated points without dividing by zero', () => {
    expect(pointsAlong([[[0, 0], [0, 0], [400, 0]]], 400)).toEqual([[200, 0]]);
  });
});
