// Writes `sw.js` into the build: the service worker template with this build's precache list (every
// emitted file, plus the public files the app loads: data and the map font cut to its labels; the corpus's
// files only while the corpus is small, see precache-list.ts) and a version derived from their names and
// contents, so a new deploy installs a new worker and the page can say so.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precacheLists } from './precache-list';

/** Public files the app never fetches itself (open-data downloads): left to the network. */
// Source maps are for DevTools only; one feature's details are also in feature-details/ (precached with a
// small corpus; a large corpus's details files are kept as they are used, see precache-list.ts).
const NOT_PRECACHED = [/^data\/features\.geojson$/, /^data\/frames\.json$/, /^data\/details\//, /^fonts\/faces\.json$/, /^sw\.js$/, /\.map$/];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const built = Object.values(bundle)
        .map((file) => file.fileName)
        .filter((name) => !name.startsWith('fonts/'));
      const publicFiles = config.publicDir ? walk(config.publicDir).map((path) => ({ path, name: relative(config.publicDir, path).split('\\').join('/') })) : [];
      for (const { path } of publicFiles) hash.update(readFileSync(path));
      const sizes = new Map(publicFiles.map((f) => [f.name, statSync(f.path).size]));
      const fetched = [...new Set([...built, 'index.html', ...publicFiles.map((f) => f.name)])]
        .filter((name) => !NOT_PRECACHED.some((re) => re.test(name)));
      const { precache, onUse } = precacheLists(fetched.map((name) => ({ name, bytes: sizes.get(name) ?? 0 })));
      precache.unshift('./');
      hash.update(precache.join('\n'));
      for (const file of Object.values(bundle)) if (file.type === 'chunk') hash.update(file.code);
      const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
      const source = template
        .replace('__VERSION__', JSON.stringify(hash.digest('hex').slice(0, 16)))
        .replace('__PRECACHE__', JSON.stringify(precache, null, 0))
        .replace('__ON_USE__', JSON.stringify(onUse));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
