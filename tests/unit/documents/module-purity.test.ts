import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The parsing and citation modules run in the browser too: no Node, DOM or React.
describe.each(['src/lib/documents', 'src/lib/citations'])('%s', (dir) => {
  it('imports only its own modules', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\//);
      expect(source).not.toMatch(/\b(window|document\.|localStorage)\b/);
    }
  });
});
