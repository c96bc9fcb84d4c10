import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// Debian's chromium, never a downloaded browser; no background networking. WebGL in software: through Mesa's
// llvmpipe (ANGLE on EGL) when Debian's Mesa drivers are installed (`npm test` installs them), which drew the same
// specs ≈ 12 % faster than Chromium's own SwiftShader here; otherwise, or with ATLAS_GL=swiftshader, SwiftShader.
const MESA = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib']
  .some((dir) => existsSync(join(dir, 'libEGL_mesa.so.0')) && existsSync(join(dir, 'dri/swrast_dri.so')));
const GL = MESA && process.env.ATLAS_GL !== 'swiftshader'
  ? ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist']
  : ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-dev-shm-usage', ...GL,
];
// ATLAS_PORT / ATLAS_DIST let several checkouts or engineers test side by side. The tests run against the
// test build (`npm run build` writes it to dist-e2e: the production build plus the test hooks, window.__atlas*).
const PORT = Number(process.env.ATLAS_PORT ?? 4317);
const DIST = process.env.ATLAS_DIST ?? 'dist-e2e';
const ONLINE_DIST = process.env.ATLAS_ONLINE_DIST ?? 'dist-online';
const ONLINE_SPEC = /online-basemap\.spec\.ts/;
const AUTHOR_SPEC = /authoring\.spec\.ts/;
const launchOptions = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.ATLAS_TEST_RESULTS ?? 'test-results',
  workers: 1,
  // One retry everywhere (with or without CI set): a flake shows as flaky in the report, not as a failure.
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.ATLAS_E2E_REPORT ?? 'reports/e2e.json' }]],
  // Reduced motion: camera moves are jumps (maplibre honours the setting, and so does the app's CSS), so a test
  // waits for no animation frames drawn in software. The tests about moving maps ask for motion themselves.
  // No service worker unless a spec asks for one (offline.spec, security.spec): installing it precaches the whole
  // site in the background of every test's page, ≈ 1 CPU-second of each boot; the tests about it turn it on.
  use: { baseURL: `http://127.0.0.1:${PORT}/atlas/`, trace: 'off', launchOptions, reducedMotion: 'reduce', serviceWorkers: 'block' },
  webServer: [{
    // The built site served under a sub-path, as on a government portal.
    command: `npx tsx scripts/serve.ts --dir ${DIST} --port ${PORT} --base /atlas/`,
    url: `http://127.0.0.1:${PORT}/atlas/`,
    reuseExistingServer: !process.env.CI,
  }, {
    // The build that offers 天地图 (npm run build:online), for online-basemap.spec only.
    command: `npx tsx scripts/serve.ts --dir ${ONLINE_DIST} --port ${PORT + 1} --base /atlas/`,
    url: `http://127.0.0.1:${PORT + 1}/atlas/`,
    reuseExistingServer: !process.env.CI,
  }],
  projects: [
    { name: 'desktop', testIgnore: [ONLINE_SPEC, AUTHOR_SPEC], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions } },
    // The phone runs only the tests whose behaviour differs on a phone (tagged @phone); the desktop runs them all.
    // At 1×: the CSS layout is the one a 3× phone has, and software WebGL draws a quarter of the pixels it draws at 2×
    // (the e2e run is bound by the CPU that draws them; a second worker made it no faster on two cores).
    { name: 'phone', grep: /@phone/, testIgnore: [ONLINE_SPEC, AUTHOR_SPEC], use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, launchOptions } },
    // The optional online basemap, against its own build with stand-in tiles (the real service is not reachable here).
    { name: 'online', testMatch: ONLINE_SPEC, use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT + 1}/atlas/`, viewport: { width: 1280, height: 800 }, launchOptions } },
    // Authoring mode runs on the author server (the dev server with ATLAS_AUTHOR=1) that its spec starts on a
    // temporary copy of the data, at ATLAS_PORT + 2 (or ATLAS_AUTHOR_PORT).
    { name: 'author', testMatch: AUTHOR_SPEC, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions } },
  ],
});
