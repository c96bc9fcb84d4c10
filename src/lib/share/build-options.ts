// Options a site is built with (environment variables read by scripts/vite/build-options-plugin.ts), checked
// here so that a typo fails the build instead of shipping a broken link. Pure.
import { feedbackTargetProblem } from './feedback-url';
import { REVIEW_PATTERN } from '../basemap/online-basemap';

export interface BuildOptions {
  /** ATLAS_PUBLIC_URL: the public site's address, for links made on a local copy (QR codes). */
  publicUrl?: string;
  /** ATLAS_FEEDBACK: where "Report a problem" goes — mailto:<address> or an issue form's URL template (feedback-url.ts). */
  feedback?: string;
  /**
   * ATLAS_TIANDITU: offer 天地图 as an optional online basemap (a user's own key), with this review number
   * under the map as 天地图's terms require (the site's operator copies it from 天地图's current terms).
   */
  tiandituReview?: string;
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
  const review = env.ATLAS_TIANDITU?.trim();
  if (review) {
    if (REVIEW_PATTERN.test(review)) options.tiandituReview = review;
    else errors.push(`ATLAS_TIANDITU: expected 天地图's review number as its terms give it, such as GS(yyyy)nnnn号, got ${JSON.stringify(review)}`);
  }
  return { options, errors };
}
