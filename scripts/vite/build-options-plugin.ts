// `virtual:build-options`: the site's build options (ATLAS_PUBLIC_URL, …), checked by
// src/lib/share/build-options.ts; a bad value fails the build. Data only: the CSP is untouched.
import type { Plugin } from 'vite';
import { readBuildOptions } from '../../src/lib/share/build-options';

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
  };
}
