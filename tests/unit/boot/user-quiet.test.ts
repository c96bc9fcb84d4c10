// @vitest-environment happy-dom
// Background work waits for the browser to be idle and for a second without keys, taps or wheel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Fake timers, a fresh module (its listeners and last input), and a browser idle at once or never. */
function fakeClock(idle: 'at once' | 'never') {
  beforeEach(() => {
    vi.useFakeTimers();
    // At once: the fake clock runs the callback on the next tick.
    vi.stubGlobal('requestIdleCallback', idle === 'at once' ? (cb: () => void) => setTimeout(cb, 0) : () => 0);
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** Whether a promise has resolved yet, asked at any time. */
function watch(promise: Promise<void>): () => boolean {
  let done = false;
  void promise.then(() => { done = true; });
  return () => done;
}

describe('userQuiet', () => {
  fakeClock('at once');

  it('when nobody has used the page, resolves a second after it is first asked (a user may start at once)', async () => {
    const { userQuiet } = await import('../../../src/components/user-quiet');
    const done = watch(userQuiet());
    await vi.advanceTimersByTimeAsync(900);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done()).toBe(true);
    // Asked again later, with nothing used meanwhile: at the first idle moment.
    const again = watch(userQuiet());
    await vi.advanceTimersByTimeAsync(1);
    expect(again()).toBe(true);
  });

  it('waits until a second after the last keystroke, however many come', async () => {
    const { userQuiet } = await import('../../../src/components/user-quiet');
    void userQuiet(); // starts listening
    await vi.advanceTimersByTimeAsync(1);
    let done = () => false;
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      if (i === 0) done = watch(userQuiet());
      await vi.advanceTimersByTimeAsync(300);
    }
    // The last key came 300 ms ago.
    await vi.advanceTimersByTimeAsync(600);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done()).toBe(true);
  });

  it('counts taps and the wheel as use too', async () => {
    const { userQuiet } = await import('../../../src/components/user-quiet');
    void userQuiet();
    await vi.advanceTimersByTimeAsync(1);
    for (const event of [new Event('pointerdown', { bubbles: true }), new Event('wheel', { bubbles: true })]) {
      document.body.dispatchEvent(event);
      const done = watch(userQuiet());
      await vi.advanceTimersByTimeAsync(900);
      expect(done()).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(done()).toBe(true);
    }
  });
});

describe('inputQuiet', () => {
  fakeClock('never'); // inputQuiet must not wait for the browser to be idle

  it('waits only for a second without input, not for the browser to be idle', async () => {
    const { inputQuiet } = await import('../../../src/components/user-quiet');
    const first = watch(inputQuiet());
    await vi.advanceTimersByTimeAsync(1000);
    expect(first()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    const second = watch(inputQuiet());
    await vi.advanceTimersByTimeAsync(900);
    expect(second()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(second()).toBe(true);
  });
});
