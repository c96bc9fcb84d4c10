// ESLint rule `atlas/layering`: the one-way import layering of the code, for static imports, re-exports
// and dynamic import() alike.
//   src/lib          pure modules: imports src/lib only; no UI framework, map library or Node built-in
//   src/store        imports lib
//   src/data, src/components   import lib and store
//   src/features/<f> imports lib, store, data, components and its own folder, never another feature or app
//   src/app, src/main.tsx      compose everything
//   scripts          import src/lib only (and each other)
import path from 'node:path';

const FRAMEWORKS = ['react', 'react-dom', 'zustand', 'maplibre-gl'];

/** The layer a repository-relative path belongs to, e.g. 'lib', 'feature:map', 'scripts'. */
export function layerOf(rel) {
  const parts = rel.split(/[\\/]/);
  if (parts[0] === 'src') {
    if (parts[1] === 'features' && parts.length > 3) return `feature:${parts[2]}`;
    if (['lib', 'store', 'data', 'components', 'app'].includes(parts[1])) return parts[1];
    return 'app';
  }
  if (parts[0] === 'scripts') return 'scripts';
  if (parts[0] === 'tests') return 'tests';
  return 'other';
}

const ALLOWED = {
  lib: ['lib'],
  store: ['lib', 'store'],
  data: ['lib', 'store', 'data'],
  components: ['lib', 'store', 'components'],
  scripts: ['lib', 'scripts', 'other'],
};

/** Why `from` may not import `to` (both layers), or null when it may. */
export function violation(from, to) {
  if (from === to || from === 'app' || from === 'tests' || from === 'other') return null;
  if (from.startsWith('feature:')) {
    if (to === 'app') return 'a feature never imports the app';
    if (to.startsWith('feature:')) return `a feature never imports another feature (${to.slice(8)})`;
    return null;
  }
  const allowed = ALLOWED[from];
  return allowed && !allowed.includes(to) ? `${from} imports ${allowed.join(', ')} only` : null;
}

export const layeringRule = {
  meta: { type: 'problem', docs: { description: 'keep the import layering one way' }, schema: [] },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.')) {
        const pkg = spec.split('/')[0];
        if (from === 'lib' && (FRAMEWORKS.includes(pkg) || spec.startsWith('node:'))) {
          context.report({ node, message: `src/lib stays framework-free: no import of '${spec}'` });
        }
        return;
      }
      const target = path.relative(root, path.resolve(path.dirname(context.filename), spec));
      const why = violation(from, layerOf(target));
      if (why) context.report({ node, message: `Layering: ${file} → ${target}: ${why}` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};
