import { describe, expect, it } from 'vitest';
import { resolveFeatureId } from '../../../src/lib/catalogue/resolve-feature-id';

const features = [{ properties: { id: 'kept', aliases: ['merged-away'] } }, { properties: { id: 'other' } }];

describe('resolveFeatureId', () => {
  it('keeps a live id, maps a merged id to the kept one, and knows nothing else', () => {
    expect(resolveFeatureId(features, 'other')).toBe('other');
    expect(resolveFeatureId(features, 'merged-away')).toBe('kept');
    expect(resolveFeatureId(features, 'never-was')).toBeUndefined();
  });
});
