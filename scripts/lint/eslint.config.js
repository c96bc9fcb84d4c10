// ESLint (flat config), run as `npm run lint` from the repository root: typescript-eslint's recommended
// rules plus the project's layering rule (scripts/lint/layering-rule.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { layeringRule } from './layering-rule.js';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'public/**', 'node_modules/**', '.cache/**', 'reports/**', 'test-results/**', 'scripts/stubs/**', 'scripts/vite/sw-template.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { atlas: { rules: { layering: layeringRule } } },
    rules: {
      'atlas/layering': 'error',
      // Test hooks go through one module; nothing else hangs state on window.
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name=/^__/]:matches([object.name='window'], [object.expression.name='window'])",
        message: 'No window.__* globals: test hooks live in src/app/test-hooks.ts, built only in test builds.',
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // src/lib runs in Node (the build) and in the browser alike: no DOM or Node globals.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'process']
        .map((name) => ({ name, message: 'src/lib is pure: pass it what it needs' }))],
    },
  },
  {
    // The test-hook module itself, and tests/bench scripts that read the hooks in the page.
    files: ['src/app/test-hooks.ts', 'tests/**', 'scripts/bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The bare-maplibre comparison page is a browser bundle built from the app's own map style (the benchmark's
    // baseline), not a build script.
    files: ['scripts/bench/bare-entry.ts'],
    rules: { 'atlas/layering': 'off' },
  },
);
