import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The coverage modules are shared by the build (Node) and the reader (browser): no Node, DOM or React.
describe('src/lib/coverage', () => {
  it('imports only pure modules of src/lib', () => {
    for (const file of readdirSync('src/lib/coverage').filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(`src/lib/coverage/${file}`, 'utf8');
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
      expect(source).not.toMatch(/\b(window|document\.|localStorage|process\.)\b/);
    }
  });
});
