// Options a site is built with (environment variables read by scripts/vite/build-options-plugin.ts), checked
// here so that a typo fails the build instead of shipping a broken link. Pure.
import { feedbackTargetProblem } from './feedback-url';

export interface BuildOptions {
  /** ATLAS_PUBLIC_URL: the public site's address, for links made on a local copy (QR codes). */
  publicUrl?: string;
  /** ATLAS_FEEDBACK: where "Report a problem" goes — mailto:<address> or an issue form's URL template (feedback-url.ts). */
  feedback?: string;
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
  const feedback = env.ATLAS_FEEDBACK?.trim();
  if (feedback) {
    const problem = feedbackTargetProblem(feedback);
    if (problem) errors.push(`ATLAS_FEEDBACK: ${problem}, got ${JSON.stringify(feedback)}`);
    else options.feedback = feedback;
  }
  return { options, errors };
}
