// Serves the Noto Sans SC woff2 subsets from @fontsource/noto-sans-sc under `fonts/` and exposes their
// unicode ranges as `virtual:font-faces`, so the map style can declare `font-faces` without any network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export interface FontFile { file: string; ranges: string[] }

const VIRTUAL_ID = 'virtual:font-faces';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Parses a fontsource CSS file into its woff2 files and unicode ranges. */
export function parseFontsourceCss(css: string): FontFile[] {
  const faces: FontFile[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file) continue;
    faces.push({ file, ranges: range ? range.split(',').map((r) => r.trim().toUpperCase().replace(/^U\+/, 'U+')) : [] });
  }
  return faces;
}

export function fontFacesPlugin(weight = 400): Plugin {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  const faces = parseFontsourceCss(readFileSync(join(pkgDir, `${weight}.css`), 'utf8'));
  const byName = new Map(faces.map((f) => [f.file, f]));
  return {
    name: 'atlas-font-faces',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(faces)};` : undefined),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/fonts\/([\w-]+\.woff2)$/.exec(req.url?.split('?')[0] ?? '');
        if (!m || !byName.has(m[1])) return next();
        res.setHeader('Content-Type', 'font/woff2');
        res.end(readFileSync(join(pkgDir, 'files', m[1])));
      });
    },
    generateBundle() {
      for (const f of faces) {
        this.emitFile({ type: 'asset', fileName: `fonts/${f.file}`, source: readFileSync(join(pkgDir, 'files', f.file)) });
      }
    },
  };
}
