// Options a site is built with (environment variables read by scripts/vite/build-options-plugin.ts), checked
// here so that a typo fails the build instead of shipping a broken link. Pure.

export interface BuildOptions {
  /** ATLAS_PUBLIC_URL: the public site's address, for links made on a local copy (QR codes). */
  publicUrl?: string;
}

const HTTP_URL = /^https?:\/\/[^\s]+$/;

export function readBuildOptions(env: Record<string, string | undefined>): { options: BuildOptions; errors: string[] } {
  const options: BuildOptions = {};
  const errors: string[] = [];
  const publicUrl = env.ATLAS_PUBLIC_URL?.trim();
  if (publicUrl) {
    if (HTTP_URL.test(publicUrl)) options.publicUrl = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
    else errors.push(`ATLAS_PUBLIC_URL: expected the site's http:// or https:// address, got ${JSON.stringify(publicUrl)}`);
  }
  return { options, errors };
}
