// Every feature's details are written in parts of bounded size (data/feature-details/<k>.json): each feature once,
// in catalogue order, every part but an oversize feature's within the bound, and each part saying how many there are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detailsParts, DETAILS_PART_BYTES } from '../../../scripts/compile/write-catalogue';
import type { FeatureDetails, FeatureDetailsPart } from '../../../src/lib/catalogue/catalogue-types';
import { compiledDetailsParts } from '../present/catalogue-fixture';

const json = <T,>(name: string): T => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const bytes = (part: FeatureDetailsPart) => Buffer.byteLength(JSON.stringify(part.details));

describe('the details in parts', () => {
  const written = compiledDetailsParts();
  const all: Record<string, FeatureDetails> = Object.assign({}, ...written.map((p) => p.details));

  it('the compiled parts hold every feature of the catalogue once, each part within the bound', () => {
    const ids = json<{ features: { properties: { id: string } }[] }>('features.geojson').features.map((f) => f.properties.id);
    expect(written.flatMap((p) => Object.keys(p.details))).toEqual(ids);
    for (const part of written) {
      expect(part.of).toBe(written.length);
      expect(bytes(part)).toBeLessThanOrEqual(DETAILS_PART_BYTES);
    }
  });

  it('splits by size: smaller parts make more of them, and a feature larger than a part is a part alone', () => {
    const small = detailsParts(all, 20_000);
    expect(small.length).toBeGreaterThan(written.length);
    expect(Object.assign({}, ...small.map((p) => p.details))).toEqual(all);
    expect(small.every((p) => p.of === small.length && Object.keys(p.details).length > 0)).toBe(true);
    const tiny = detailsParts(all, 1);
    expect(tiny).toHaveLength(Object.keys(all).length);
  });
});
