import { describe, expect, it } from 'vitest';
import { facesForText, rangeBounds, toRanges } from '../../../scripts/vite/font-faces-plugin';

const faces = [
  { file: 'latin.woff2', ranges: ['U+0000-00FF', 'U+2013'] },
  { file: 'cjk-a.woff2', ranges: ['U+4E00-4E0F', 'U+5C71'] },
  { file: 'cjk-b.woff2', ranges: ['U+897F', 'U+4E10-4E1F'] },
  { file: 'unused.woff2', ranges: ['U+9000-90FF'] },
];

describe('map font subsets', () => {
  it('reads unicode-range entries, wildcards included', () => {
    expect(rangeBounds('U+4E00-4E0F')).toEqual([0x4e00, 0x4e0f]);
    expect(rangeBounds('U+26')).toEqual([0x26, 0x26]);
    expect(rangeBounds('U+0??')).toEqual([0, 0xff]);
  });

  it('merges consecutive code points into ranges', () => {
    expect(toRanges([0x4e00, 0x4e01, 0x4e02, 0x4e05])).toEqual(['U+4E00-4E02', 'U+4E05']);
  });

  it('declares only the faces the text needs, narrowed to its characters; Latin keeps its whole face', () => {
    const used = facesForText(faces, 'Shanxi 山西 一丁');
    expect(used.map((f) => f.file)).toEqual(['latin.woff2', 'cjk-a.woff2', 'cjk-b.woff2']);
    expect(used[0].ranges).toEqual(faces[0].ranges);
    expect(used[1].ranges).toEqual(['U+4E00-4E01', 'U+5C71']);
    expect(used[2].ranges).toEqual(['U+897F']);
  });
});
