// @vitest-environment happy-dom
// A reach for the static picture before the app renders starts loading the map's code once, and is
// remembered for the app; the first reach only, and only on the picture.
import { describe, expect, it, vi } from 'vitest';
import { reachedEarly, watchEarlyReach } from '../../../src/features/map-preview/early-reach';

describe('a reach for the static picture', () => {
  it('loads once on the first reach on the picture, not on a reach elsewhere', () => {
    document.body.innerHTML = '<div id="root"><header><button>x</button></header><div class="map map-preview"><img alt=""></div></div>';
    const root = document.getElementById('root')!;
    const load = vi.fn();
    watchEarlyReach(root, load);
    root.querySelector('button')!.dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();
    expect(reachedEarly()).toBe(false);

    root.querySelector('img')!.dispatchEvent(new Event('pointermove', { bubbles: true }));
    root.querySelector('img')!.dispatchEvent(new Event('touchstart', { bubbles: true }));
    root.querySelector('.map-preview')!.dispatchEvent(new Event('wheel'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(reachedEarly()).toBe(true);
  });

  it('does nothing when the page has no picture', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const load = vi.fn();
    expect(() => watchEarlyReach(document.getElementById('root')!, load)).not.toThrow();
    expect(load).not.toHaveBeenCalled();
  });
});
