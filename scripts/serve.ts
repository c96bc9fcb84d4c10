// A small static server for the built site: real 404s (unlike `vite preview`), an optional sub-path so
// the site can be tested as it would run on a portal (e.g. /atlas/), and gzip and cache headers as any
// real static host sends them, so that benchmarks see realistic transfer sizes.
// Usage: npx tsx scripts/serve.ts [--dir dist] [--port 4173] [--base /atlas/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(arg('dir', 'dist'));
const port = Number(arg('port', process.env.PORT ?? '4173'));
const base = arg('base', '/').replace(/\/?$/, '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.webmanifest', '.map']);
const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();

/** The file's gzip encoding, made once per version of the file. */
function gzipOf(file: string, mtimeMs: number, body: Buffer): Buffer {
  const cached = gzipped.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const zipped = gzipSync(body, { level: 9 });
  gzipped.set(file, { mtimeMs, body: zipped });
  return zipped;
}

createServer(async (req, res) => {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
  if (!path.startsWith(base)) {
    res.writeHead(path === '/' ? 302 : 404, path === '/' ? { Location: base } : {}).end();
    return;
  }
  let file = normalize(join(root, path.slice(base.length)));
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const { mtimeMs } = await stat(file);
    let body: Buffer = await readFile(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Hashed build assets never change; everything else is revalidated.
      'Cache-Control': path.startsWith(`${base}assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (COMPRESSIBLE.has(extname(file))) {
      headers.Vary = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipOf(file, mtimeMs, body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
