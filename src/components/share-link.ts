// The link a QR code or a report carries: this page's address (or another hash on it), moved to the
// public site in a build made with ATLAS_PUBLIC_URL (src/lib/share/share-url.ts).
import buildOptions from 'virtual:build-options';
import { shareUrl, withHash } from '../lib/share/share-url';

export function shareLink(hash?: string): string {
  const href = hash === undefined ? location.href : withHash(location.href, hash);
  return shareUrl(href, buildOptions.publicUrl);
}
