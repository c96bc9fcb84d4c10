import { describe, expect, it } from 'vitest';
import { isCorpusFile, precacheLists } from '../../../scripts/vite/precache-list';

const shell = [
  { name: 'index.html', bytes: 3_000 },
  { name: 'assets/index-abc.js', bytes: 400_000 },
  { name: 'fonts/noto-sans-sc-latin-1.woff2', bytes: 12_000 },
  { name: 'data/plans.json', bytes: 8_000 },
  { name: 'data/basemap.topo.json', bytes: 200_000 },
];
const corpus = (plans: number, bytesEach: number) => Array.from({ length: plans }, (_, i) => [
  { name: `data/catalogue/${i}_h.json`, bytes: bytesEach },
  { name: `data/documents/${i}.json`, bytes: bytesEach },
  { name: `data/search/chars-${i}.json`, bytes: bytesEach },
]).flat();

describe('precacheLists', () => {
  it('precaches the whole corpus while it is within the budget', () => {
    const files = [...shell, ...corpus(5, 100_000)];
    const { precache, onUse } = precacheLists(files, 2_000_000);
    expect(precache).toEqual(files.map((f) => f.name).sort());
    expect(onUse.length).toBeGreaterThan(0);
  });

  it('leaves a corpus over the budget to be cached on use, and precaches the same shell whatever its size', () => {
    const small = precacheLists([...shell, ...corpus(5, 100_000)], 2_000_000);
    const large = precacheLists([...shell, ...corpus(50, 100_000)], 2_000_000);
    expect(large.precache).toEqual(shell.map((f) => f.name).sort());
    expect(large.precache.some(isCorpusFile)).toBe(false);
    expect(small.precache.length).toBeGreaterThan(large.precache.length);
    // Every corpus file left out is one the worker keeps when it is used.
    for (const f of corpus(50, 100_000)) expect(large.onUse.some((prefix) => f.name.startsWith(prefix)), f.name).toBe(true);
  });

  it('counts the corpus-wide indexes and details as corpus, not shell', () => {
    for (const name of ['data/search-index.json', 'data/feature-details/0.json', 'data/place-index/140100.json', 'data/details/x.json']) expect(isCorpusFile(name), name).toBe(true);
    for (const name of ['data/plans.json', 'data/basemap.topo.json', 'assets/search-names-1.js', 'fonts/a.woff2']) expect(isCorpusFile(name), name).toBe(false);
  });
});
