import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';

describe('seeds', () => {
  it('ships the five plan texts', () => {
    const files = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(5);
    expect(readFileSync('seeds/004_aa2157c6271cc221.txt', 'utf8')).toContain('一核四带多组团');
  });
});
