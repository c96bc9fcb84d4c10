// Builds maplibre-gl from the TypeScript source its package ships (the same version as its dist) instead
// of its prebuilt bundles, so that the build leaves out what the atlas never uses: the MapLibre Tile
// decoder (@maplibre/mlt, replaced by mlt-absent.ts) sits in both prebuilt bundles, the map's and its
// worker's, although every source the atlas draws is GeoJSON, raster or Mapbox Vector Tiles. The worker
// (`maplibre-gl/dist/maplibre-gl-worker.mjs?url` in the code) is bundled from its source entry as an ES
// module worker. Its TypeScript is compiled as maplibre compiles it, with useDefineForClassFields off: a
// field declared without a value (`uint8: Uint8Array;` in a struct array) must not be defined as
// undefined over what the base class's constructor set. Production builds only: the dev server and
// vitest keep the prebuilt package.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';

const WORKER_IMPORT = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function maplibreSourcePlugin(): Plugin {
  const source = join(dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json')), 'src');
  const mltAbsent = resolve(dirname(fileURLToPath(import.meta.url)), 'mlt-absent.ts');
  return {
    name: 'atlas-maplibre-source',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'maplibre-gl') return join(source, 'index.ts');
      if (id === WORKER_IMPORT) return `${join(source, 'source/worker.ts')}?worker&url`;
      if (id === '@maplibre/mlt') return mltAbsent;
      return undefined;
    },
    transform(code, id) {
      if (!id.startsWith(source) || !/\.ts$/.test(id)) return undefined;
      return transformWithOxc(code, id, { lang: 'ts', tsconfig: { compilerOptions: { useDefineForClassFields: false } } });
    },
  };
}
