// The address a QR code, a citation or a report carries: the page's own, or — in a build made with
// ATLAS_PUBLIC_URL — the public site's with the same hash, when the page is served from elsewhere
// (localhost, a file share, an intranet copy). Pure.
import { formatHash, type HashState } from '../url/hash-state';

/** `href` with its origin and path replaced by `publicUrl`'s when the page is not already on the public site. */
export function shareUrl(href: string, publicUrl?: string): string {
  if (!publicUrl) return href;
  let page: URL;
  let site: URL;
  try {
    page = new URL(href);
    site = new URL(publicUrl);
  } catch {
    return href;
  }
  if (page.origin === site.origin && page.pathname.startsWith(site.pathname)) return href;
  return `${site.origin}${site.pathname}${page.hash}`;
}

/** `href` with a new hash. */
export function withHash(href: string, hash: string): string {
  return href.replace(/#.*$/, '') + hash;
}

/** What a presenter step shows, as a link an audience opens on a phone: its frame's layer and its structure (or the frame). */
export function stepHash(step: { frameId: string; featureId?: string }, lang: 'zh' | 'en'): string {
  const state: HashState = { layers: [step.frameId], lang };
  if (step.featureId) state.feature = step.featureId;
  else state.frame = step.frameId;
  return formatHash(state);
}
