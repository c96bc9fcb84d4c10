import { describe, it, expect } from 'vitest';
import { parseGmtMultisegment, joinSegments } from '../../../scripts/data/gmt-rivers.ts';
import { matchRiverName, shareNear } from '../../../scripts/data/river-names.ts';
import { REFERENCE_LINES } from '../../../scripts/data/river-references.ts';
import { loadBasemap, riverGaps } from '../../../scripts/data/basemap-checks.ts';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

const GMT = `> River Bin # 1, Level 2
112.0 38.0
112.1 38.0
> River Bin # 1, Level 2
112.1 38.0
112.1 38.0
> River Bin # 2, Level 2
112.1 38.0
112.2 38.1
> River Bin # 2, Level 6
113.0 39.0
113.1 39.1
`;

describe('WDBII rivers', () => {
  it('parses GMT multisegment text and drops zero-length bin stubs', () => {
    const segs = parseGmtMultisegment(GMT);
    expect(segs).toHaveLength(3);
    expect(segs.map((s) => s.level)).toEqual([2, 2, 6]);
  });

  it('joins bin pieces end to end within the same group only', () => {
    const joined = joinSegments(parseGmtMultisegment(GMT), (s) => String(s.level));
    expect(joined).toHaveLength(2);
    const l2 = joined.find((s) => s.level === 2)!;
    expect(l2.coords).toEqual([[112.0, 38.0], [112.1, 38.0], [112.2, 38.1]]);
    expect(l2.parts).toBe(2);
  });

  it('names a line along 汾河 through 太原 and leaves an unrelated line unnamed', () => {
    const fen: Array<[number, number]> = [[112.53, 37.9], [112.52, 37.86], [112.5, 37.78], [112.47, 37.7]];
    expect(matchRiverName(fen, REFERENCE_LINES)).toBe('汾河');
    expect(matchRiverName([[112.0, 39.6], [112.1, 39.65]], REFERENCE_LINES)).toBeUndefined();
    expect(shareNear(fen, [[0, 0], [1, 1]], 5)).toBe(0);
  });
});

describe('黄河 continuity (riverGaps)', () => {
  const piece = (coords: number[][], name = '黄河') => ({
    type: 'Feature' as const, properties: { name, level: 1, schematic: false, source: 'gshhg-wdbii' },
    geometry: { type: 'LineString' as const, coordinates: coords },
  });
  const box = [110, 34, 113, 36];

  it('fails, naming the river and the place, when a piece stops with nothing named after it', () => {
    const rivers = [piece([[110, 35], [111.67, 35.0]]), piece([[112.0, 35.07], [113, 35.0]]), piece([[111.67, 35.0], [112.0, 35.07]], '')];
    const problems = riverGaps(rivers, '黄河', box);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/黄河 stops at 111\.670,35\.000/);
  });

  it('passes when the pieces meet (within 1 km) and the ends lie on the box edge', () => {
    const rivers = [piece([[110, 35], [111.67, 35.0]]), piece([[111.672, 35.001], [112.0, 35.07]]), piece([[112.0, 35.07], [113, 35.0]])];
    expect(riverGaps(rivers, '黄河', box)).toEqual([]);
  });

  it('passes on the committed basemap', () => {
    expect(riverGaps(loadBasemap(ROOT).rivers, '黄河')).toEqual([]);
  });
});
