// Serves the Noto Sans SC woff2 subsets from @fontsource/noto-sans-sc under `fonts/` and exposes their
// unicode ranges as `virtual:font-faces`, so the map style can declare `font-faces` without any network.
// Only the characters that the map can label (the compiled data and the code's own strings) are
// declared, with the subsets that hold them: the full table of 101 subsets would be ≈ 31 KB gzip of
// first-view JavaScript. Characters outside it fall back to the system's fonts.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

/** [first, last] code point of a unicode-range entry such as `U+4E00-4E0F`, `U+26` or `U+0??`. */
export function rangeBounds(range: string): [number, number] {
  const [a, b] = range.replace(/^U\+/i, '').split('-');
  return [parseInt(a.replace(/\?/g, '0'), 16), parseInt(b ?? a.replace(/\?/g, 'F'), 16)];
}

const hex = (n: number) => n.toString(16).toUpperCase();

/** Sorted code points as unicode-range entries, runs of consecutive ones merged (`U+4E00-4E02`). */
export function toRanges(codes: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    out.push(j > i ? `U+${hex(codes[i])}-${hex(codes[j])}` : `U+${hex(codes[i])}`);
    i = j;
  }
  return out;
}

/**
 * The faces that cover characters of the text, each narrowed to exactly those characters, so the
 * style's table stays small; ASCII keeps its whole face (numbers and Latin names are cheap and common).
 */
export function facesForText(faces: FontFile[], text: string): FontFile[] {
  const codes = [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  return faces.flatMap((f) => {
    const bounds = f.ranges.map(rangeBounds);
    const inFace = codes.filter((c) => bounds.some(([lo, hi]) => c >= lo && c <= hi));
    if (!inFace.length) return [];
    return [{ file: f.file, ranges: inFace.some((c) => c > 0xff) ? toRanges(inFace) : f.ranges }];
  });
}

/** Data files whose text is never drawn on the map (citations, coverage reports). */
const NOT_LABELS = new Set(['feature-details.json', 'coverage.json', 'features.geojson']);

/**
 * Every text the map may label: the compiled data (public/data, top level, without the long texts)
 * and the source code's own strings. Null when the data has not been compiled yet.
 */
function mapLabelText(root: string): string | null {
  const data = join(root, 'public/data');
  if (!existsSync(join(data, 'catalogue.topo.json'))) return null;
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const files = [
    ...readdirSync(data).filter((n) => n.endsWith('.json') && !NOT_LABELS.has(n)).map((n) => join(data, n)),
    ...walk(join(root, 'src')).filter((f) => /\.tsx?$/.test(f)),
  ];
  return files.map((f) => readFileSync(f, 'utf8')).join('');
}

export function fontFacesPlugin(weight = 400, root = process.cwd()): Plugin {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  const allFaces = parseFontsourceCss(readFileSync(join(pkgDir, `${weight}.css`), 'utf8'));
  const text = mapLabelText(root);
  if (text === null) console.warn('font-faces: public/data is not compiled; declaring every font subset');
  const faces = text === null ? allFaces : facesForText(allFaces, text);
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
