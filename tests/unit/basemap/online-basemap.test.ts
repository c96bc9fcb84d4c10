// The optional 天地图 basemap: tile addresses carry the user's key to 天地图 only, the policy opens exactly its
// hosts for images and fetches, a stored choice is read back only when it is one, and the build option
// takes a review number only.
import { describe, expect, it } from 'vitest';
import { policyWithHosts, readOnlineBasemap, tiandituTiles, TIANDITU_HOSTS } from '../../../src/lib/basemap/online-basemap';
import { readBuildOptions } from '../../../src/lib/share/build-options';

const KEY = '0123456789abcdef0123456789ABCDEF';

describe('天地图 tiles', () => {
  it('vector with its annotation, imagery with its own, on the eight hosts, with the key', () => {
    const vec = tiandituTiles({ kind: 'vec', key: KEY });
    expect(vec.base).toHaveLength(8);
    expect(vec.base.every((u, i) => u.startsWith(`${TIANDITU_HOSTS[i]}/vec_w/wmts?`) && u.endsWith(`&tk=${KEY}`))).toBe(true);
    expect(vec.labels[0]).toContain('/cva_w/wmts?');
    expect(vec.base[0]).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
    const img = tiandituTiles({ kind: 'img', key: KEY });
    expect(img.base[0]).toContain('/img_w/wmts?');
    expect(img.labels[0]).toContain('/cia_w/wmts?');
  });
});

describe('the page policy of a build that offers 天地图', () => {
  const policy = "default-src 'self'; img-src 'self' data: blob:; connect-src 'self' data: blob:; worker-src 'self'";
  it('allows the hosts for images and fetches only', () => {
    const open = policyWithHosts(policy, TIANDITU_HOSTS);
    expect(open).toContain(`img-src 'self' data: blob: ${TIANDITU_HOSTS.join(' ')}`);
    expect(open).toContain(`connect-src 'self' data: blob: ${TIANDITU_HOSTS.join(' ')}`);
    expect(open).toContain("default-src 'self';");
    expect(open).toContain("worker-src 'self'");
    expect(open.split(TIANDITU_HOSTS[0]!)).toHaveLength(3);
  });
});

describe('a stored choice', () => {
  it('is read back only when it is a whole choice with a well-formed key', () => {
    expect(readOnlineBasemap(JSON.stringify({ kind: 'img', key: KEY }))).toEqual({ kind: 'img', key: KEY });
    for (const bad of [null, '', '{', 'null', '"x"', JSON.stringify({ kind: 'sat', key: KEY }), JSON.stringify({ kind: 'vec', key: 'short' }), JSON.stringify({ kind: 'vec' })]) {
      expect(readOnlineBasemap(bad)).toBeNull();
    }
  });
});

describe('ATLAS_TIANDITU', () => {
  it('takes a review number as maps print it, and refuses anything else', () => {
    expect(readBuildOptions({}).options.tiandituReview).toBeUndefined();
    expect(readBuildOptions({ ATLAS_TIANDITU: 'GS(2024)0650号' }).options.tiandituReview).toBe('GS(2024)0650号');
    expect(readBuildOptions({ ATLAS_TIANDITU: 'GS（2024）0650号' }).options.tiandituReview).toBe('GS（2024）0650号');
    for (const bad of ['yes', '1', 'GS2024-0650', '<script>']) expect(readBuildOptions({ ATLAS_TIANDITU: bad }).errors[0]).toMatch(/^ATLAS_TIANDITU: expected/);
  });
});
