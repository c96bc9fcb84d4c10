import { describe, it, expect } from 'vitest';
import { parseGmtMultisegment, joinSegments } from '../../../scripts/data/gmt-rivers.ts';
import { matchRiverName, shareNear } from '../../../scripts/data/river-names.ts';
import { REFERENCE_LINES } from '../../../scripts/data/river-references.ts';

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
