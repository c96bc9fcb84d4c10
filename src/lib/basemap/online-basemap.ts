// The optional official basemap, 天地图 (online, opt-in): its tile addresses for a user's own browser key,
// the hosts a build that offers it allows in its policy, and the policy rewritten for them. Only a build made
// with ATLAS_TIANDITU (the review number 天地图's terms require under the map) offers it; the default build's
// policy stays same-origin. Pure.

export type OnlineKind = 'vec' | 'img';
export interface OnlineBasemap { kind: OnlineKind; key: string }

/** 天地图's Web Mercator tile servers, t0 to t7. */
export const TIANDITU_HOSTS = Array.from({ length: 8 }, (_, i) => `https://t${i}.tianditu.gov.cn`);

/** A browser key as 天地图 issues them: 32 hex digits. */
export const KEY_PATTERN = /^[0-9a-f]{32}$/i;

/** A review number as maps published in China print it: GS(2024)0650号, with ASCII or full-width brackets. */
export const REVIEW_PATTERN = /^GS[(（]\d{4}[)）]\d+号$/;

const wmts = (host: string, layer: string, key: string) =>
  `${host}/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

/** The base layer's and its annotation layer's tile URLs (vector: vec + cva; imagery: img + cia), on every host. */
export function tiandituTiles({ kind, key }: OnlineBasemap): { base: string[]; labels: string[] } {
  const labels = kind === 'vec' ? 'cva' : 'cia';
  return { base: TIANDITU_HOSTS.map((h) => wmts(h, kind, key)), labels: TIANDITU_HOSTS.map((h) => wmts(h, labels, key)) };
}

/** The page's policy with `hosts` allowed for images and fetches (maplibre fetches raster tiles), nothing else. */
export function policyWithHosts(policy: string, hosts: string[]): string {
  return policy.split(';').map((directive) => {
    const name = directive.trim().split(/\s+/)[0];
    return name === 'img-src' || name === 'connect-src' ? `${directive.trimEnd()} ${hosts.join(' ')}` : directive;
  }).join(';');
}

/** A stored choice, if it is one (a key edited by hand in storage, or an old format, is dropped). */
export function readOnlineBasemap(raw: string | null): OnlineBasemap | null {
  try {
    const v = JSON.parse(raw ?? 'null') as Partial<OnlineBasemap> | null;
    return v && (v.kind === 'vec' || v.kind === 'img') && typeof v.key === 'string' && KEY_PATTERN.test(v.key) ? { kind: v.kind, key: v.key } : null;
  } catch {
    return null;
  }
}
