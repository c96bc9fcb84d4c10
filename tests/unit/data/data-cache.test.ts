// The data cache: one load per key, a failed load forgotten, and a value readable at once once it has arrived.
import { beforeEach, describe, expect, it } from 'vitest';
import { arrived, cached, resetDataCache } from '../../../src/data/data-cache';

describe('data cache', () => {
  beforeEach(() => resetDataCache());

  it('loads once per key and answers at once only after the value has arrived', async () => {
    let loads = 0;
    const load = () => cached('k', async () => { loads++; return 'v'; });
    const pending = load();
    expect(arrived('k')).toBeUndefined();
    expect(await pending).toBe('v');
    expect(await load()).toBe('v');
    expect(loads).toBe(1);
    expect(arrived('k')).toBe('v');
    resetDataCache();
    expect(arrived('k')).toBeUndefined();
  });

  it('forgets a failed load, so the next use tries again', async () => {
    await expect(cached('bad', async () => { throw new Error('HTTP 500'); })).rejects.toThrow('500');
    expect(arrived('bad')).toBeUndefined();
    expect(await cached('bad', async () => 'ok')).toBe('ok');
  });
});
