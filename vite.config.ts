import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fontFacesPlugin } from './scripts/vite/font-faces-plugin';
import { serviceWorkerPlugin } from './scripts/vite/service-worker-plugin';
import { planRegistryPlugin } from './scripts/vite/plan-registry-plugin';
import { buildOptionsPlugin } from './scripts/vite/build-options-plugin';
import { authorPlugin } from './scripts/vite/author-plugin';
import { devPolicyPlugin } from './scripts/vite/dev-policy-plugin';
import { maplibreSourcePlugin } from './scripts/vite/maplibre-source-plugin';

// The base path is configurable so the built site works under a sub-path, e.g. ATLAS_BASE=/atlas/.
export default defineConfig({
  base: process.env.ATLAS_BASE ?? './',
  plugins: [maplibreSourcePlugin(), react(), fontFacesPlugin(), planRegistryPlugin(), buildOptionsPlugin(), serviceWorkerPlugin(), authorPlugin(), devPolicyPlugin()],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200 },
  // maplibre's worker (the app's only one) is bundled from its source (maplibre-source-plugin) and started as a
  // module worker, under the name its prebuilt file has.
  worker: { format: 'es', plugins: () => [maplibreSourcePlugin()], rolldownOptions: { output: { entryFileNames: 'assets/maplibre-gl-[name]-[hash].js' } } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['tests/unit/compiled-data-setup.ts'],
    // Correctness tests, not timings (budgets live in the benchmark): a loaded CI machine must not fail them.
    testTimeout: 30_000,
    pool: 'forks',
    // Test files share their worker's module cache (the pure modules hold no state; the files that use the store
    // reset it before each test): imports once per worker instead of once per file, 104 s → 72 s here. Checked
    // in shuffled order too (--sequence.shuffle).
    isolate: false,
    // One worker: imports once in all (72 s here against 82 s with two), and `npm test` runs the unit tests beside
    // the end-to-end run, which then keeps a core of its own.
    maxWorkers: 1,
  },
});
