import { describe, expect, it } from 'vitest';
import { fitViewBox } from '../../../src/features/map-preview/fit-view-box';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="4 4 520 900" preserveAspectRatio="xMidYMid meet"><rect/></svg>';

describe('fitViewBox', () => {
  it('widens the viewBox about its centre for a wider box', () => {
    expect(fitViewBox(svg, 1000, 900)).toContain('viewBox="-236 4 1000 900"');
  });
  it('heightens it for a taller box', () => {
    expect(fitViewBox(svg, 260, 900)).toContain('viewBox="4 -446 520 1800"');
  });
  it('leaves the same shape, an empty box and a document without a viewBox alone', () => {
    expect(fitViewBox(svg, 52, 90)).toContain('viewBox="4 4 520 900"');
    expect(fitViewBox(svg, 0, 90)).toBe(svg);
    expect(fitViewBox('<svg/>', 100, 100)).toBe('<svg/>');
  });
});
