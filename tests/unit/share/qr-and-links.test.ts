import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrRuns, qrSvgPath, QUIET_ZONE } from '../../../src/lib/qr/qr-matrix';
import { encodeQr } from '../../../src/lib/qr/encode-qr';
import { shareUrl, stepHash, withHash } from '../../../src/lib/share/share-url';
import { readBuildOptions } from '../../../src/lib/share/build-options';
import { parseHash } from '../../../src/lib/url/hash-state';

describe('drawing a QR matrix', () => {
  const m = [
    [true, true, false],
    [false, true, false],
    [true, false, true],
  ];
  it('finds the dark runs row by row', () => {
    expect(qrRuns(m)).toEqual([
      { x: 0, y: 0, length: 2 }, { x: 1, y: 1, length: 1 }, { x: 0, y: 2, length: 1 }, { x: 2, y: 2, length: 1 },
    ]);
  });
  it('draws one path shifted by the quiet zone', () => {
    expect(qrSvgPath(m).split('M')).toHaveLength(5);
    expect(qrSvgPath(m)).toMatch(new RegExp(`^M${QUIET_ZONE} ${QUIET_ZONE}h2v1h-2z`));
    expect(qrSvgPath([[false]])).toBe('');
  });
});

describe('the link a QR code carries', () => {
  const pub = 'https://atlas.example.gov.cn/atlas/';
  it('is the page itself without a public address, or on the public site', () => {
    expect(shareUrl('http://localhost:5173/#f=a', undefined)).toBe('http://localhost:5173/#f=a');
    expect(shareUrl('http://localhost:5173/x/index.html#f=a&lang=en', pub)).toBe(`${pub}#f=a&lang=en`);
    expect(shareUrl('file:///share/atlas/index.html#fr=b', pub)).toBe(`${pub}#fr=b`);
    expect(shareUrl(`${pub}index.html#f=a`, pub)).toBe(`${pub}index.html#f=a`);
    expect(shareUrl('not a url', pub)).toBe('not a url');
  });
  it('replaces the hash', () => {
    expect(withHash('http://h/a/#x=1', '#f=b')).toBe('http://h/a/#f=b');
    expect(withHash('http://h/a/', '#f=b')).toBe('http://h/a/#f=b');
  });
  it('opens a presenter step as its structure (or frame) on its layer, not the presenter', () => {
    expect(parseHash(stepHash({ frameId: 'fr1', featureId: 'f1' }, 'en'))).toEqual({ feature: 'f1', layers: ['fr1'], lang: 'en' });
    expect(parseHash(stepHash({ frameId: 'fr1' }, 'zh'))).toEqual({ frame: 'fr1', layers: ['fr1'] });
  });
});

describe('build options', () => {
  it('takes ATLAS_PUBLIC_URL as a site address, and refuses anything else', () => {
    expect(readBuildOptions({}).options).toEqual({});
    expect(readBuildOptions({ ATLAS_PUBLIC_URL: 'https://a.example/atlas' }).options.publicUrl).toBe('https://a.example/atlas/');
    expect(readBuildOptions({ ATLAS_PUBLIC_URL: 'javascript:alert(1)' }).errors[0]).toMatch(/^ATLAS_PUBLIC_URL: expected/);
  });
});

describe('the QR encoder', () => {
  /** The matrix as an RGBA image, `unit` pixels per module, with its quiet zone: what a phone's camera sees. */
  function rasterise(text: string, unit = 4): { data: Uint8ClampedArray; side: number } {
    const m = encodeQr(text);
    const side = (m.length + 2 * QUIET_ZONE) * unit;
    const data = new Uint8ClampedArray(side * side * 4).fill(255);
    m.forEach((row, y) => row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < unit; dy++) for (let dx = 0; dx < unit; dx++) {
        const i = (((y + QUIET_ZONE) * unit + dy) * side + (x + QUIET_ZONE) * unit + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }));
    return { data, side };
  }
  it.each([
    'https://atlas.example.gov.cn/atlas/#f=taiyuan-metro-area&l=fr-yiqun',
    'http://127.0.0.1:4317/atlas/#fr=yihe-sidai&lang=en&v=112.55,37.87,8.2',
    'http://localhost/#place=140300&lang=zh',
  ])('encodes %s so that a reader decodes the same text', (text) => {
    const { data, side } = rasterise(text);
    expect(jsQR(data, side, side)?.data).toBe(text);
  });
  it('makes a square with the three finder patterns', () => {
    const m = encodeQr('x');
    expect(m.every((row) => row.length === m.length)).toBe(true);
    for (const [r, c] of [[0, 0], [0, m.length - 7], [m.length - 7, 0]]) expect(m[r! + 3]![c! + 3]).toBe(true);
  });
});
