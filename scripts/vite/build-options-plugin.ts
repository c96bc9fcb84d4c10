// `virtual:build-options`: the site's build options (ATLAS_PUBLIC_URL, …), checked by
// src/lib/share/build-options.ts; a bad value fails the build. The policy in index.html changes only in a
// build made with ATLAS_TIANDITU: 天地图's tile hosts are then allowed for images and fetches.
import type { Plugin } from 'vite';
import { readBuildOptions } from '../../src/lib/share/build-options';
import { policyWithHosts, TIANDITU_HOSTS } from '../../src/lib/basemap/online-basemap';

const POLICY = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

const VIRTUAL_ID = 'virtual:build-options';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function buildOptionsPlugin(env: Record<string, string | undefined> = process.env): Plugin {
  return {
    name: 'atlas-build-options',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => {
      if (id !== RESOLVED_ID) return undefined;
      const { options, errors } = readBuildOptions(env);
      if (errors.length) throw new Error(`build options: ${errors.join('; ')}`);
      return `export default ${JSON.stringify(options)};\n`;
    },
    transformIndexHtml: (html) => {
      if (!readBuildOptions(env).options.tiandituReview) return html;
      if (!POLICY.test(html)) throw new Error('build options: ATLAS_TIANDITU needs the policy <meta> in index.html');
      return html.replace(POLICY, (_, open: string, policy: string, close: string) => `${open}${policyWithHosts(policy, TIANDITU_HOSTS)}${close}`);
    },
  };
}
