import { describe, expect, it } from 'vitest';
import { qrRuns, qrSvgPath, QUIET_ZONE } from '../../../src/lib/qr/qr-matrix';
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
