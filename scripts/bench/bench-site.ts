// The site the benchmark measures: the built app at /atlas/ (as in the end-to-end tests) and the bare
// maplibre page at /atlas/bench-bare/, served together by scripts/serve.ts from a temporary folder
// that links to the build, so the build itself is never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { fontFacesPlugin } from '../vite/font-faces-plugin';
import { planRegistryPlugin } from '../vite/plan-registry-plugin';
import { maplibreSourcePlugin } from '../vite/maplibre-source-plugin';

export interface BenchSite { appUrl: string; bareUrl: string; root: string; close(): Promise<void> }

export const BARE_DIR = 'bench-bare';

async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve('scripts/bench'),
    base: './',
    logLevel: 'warn',
    // The bare page draws the app's default layers, which come from the plan registry, with the app's build of maplibre.
    plugins: [maplibreSourcePlugin(), fontFacesPlugin(), planRegistryPlugin()],
    worker: { format: 'es', plugins: () => [maplibreSourcePlugin()] },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000, rollupOptions: { input: resolve('scripts/bench/bare.html') } },
  });
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** `bare`: also build the bare maplibre page (the scale benchmark does not need it). */
export async function startBenchSite(dist: string, port: number, { bare = true } = {}): Promise<BenchSite> {
  const distDir = resolve(dist);
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no build in ${distDir}: run \`npm run build\` first (or pass --dist)`);
  const root = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  for (const entry of readdirSync(distDir)) symlinkSync(join(distDir, entry), join(root, entry));
  if (bare) await buildBarePage(join(root, BARE_DIR));
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', root, '--port', String(port), '--base', '/atlas/'], { stdio: 'ignore' });
  const appUrl = `http://127.0.0.1:${port}/atlas/`;
  await waitForServer(appUrl, server);
  return {
    appUrl,
    bareUrl: `${appUrl}${BARE_DIR}/bare.html`,
    root,
    close: async () => {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
