// @vitest-environment happy-dom
// A reach for the static picture before the app renders is told once (the app wants the map and starts
// loading its code); the first reach only, and only on the picture.
import { describe, expect, it, vi } from 'vitest';
import { watchEarlyReach } from '../../../src/features/map-preview/early-reach';

describe('a reach for the static picture', () => {
  it('loads once on the first reach on the picture, not on a reach elsewhere', () => {
    document.body.innerHTML = '<div id="root"><header><button>x</button></header><div class="map map-preview"><img alt=""></div></div>';
    const root = document.getElementById('root')!;
    const load = vi.fn();
    watchEarlyReach(root, load);
    root.querySelector('button')!.dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();

    root.querySelector('img')!.dispatchEvent(new Event('pointermove', { bubbles: true }));
    root.querySelector('img')!.dispatchEvent(new Event('touchstart', { bubbles: true }));
    root.querySelector('.map-preview')!.dispatchEvent(new Event('wheel'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('watches each page on its own: nothing is remembered from an earlier one', () => {
    document.body.innerHTML = '<div id="root"><div class="map map-preview"><img alt=""></div></div>';
    const load = vi.fn();
    watchEarlyReach(document.getElementById('root')!, load);
    document.querySelector('img')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the page has no picture', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const load = vi.fn();
    expect(() => watchEarlyReach(document.getElementById('root')!, load)).not.toThrow();
    expect(load).not.toHaveBeenCalled();
  });
});
