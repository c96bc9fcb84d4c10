// @vitest-environment happy-dom
// Background work waits for the browser to be idle and for a second without keys, taps or wheel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

describe('userQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Idle at once (the fake clock runs the callback on the next tick).
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0));
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves at the first idle moment when nobody has used the page', async () => {
    const { userQuiet } = await import('../../../src/components/user-quiet');
    let done = false;
    void userQuiet().then(() => { done = true; });
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('waits until a second after the last keystroke, however many come', async () => {
    const { userQuiet } = await import('../../../src/components/user-quiet');
    void userQuiet(); // starts listening
    await vi.advanceTimersByTimeAsync(1);
    let done = false;
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
      if (i === 0) void userQuiet().then(() => { done = true; });
      await vi.advanceTimersByTimeAsync(300);
    }
    // The last key came 300 ms ago.
    await vi.advanceTimersByTimeAsync(600);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
  });

  it('counts taps and the wheel as use too', async () => {
    const { userQuiet } = await import('../../../src/components/user-quiet');
    void userQuiet();
    await vi.advanceTimersByTimeAsync(1);
    for (const event of [new Event('pointerdown', { bubbles: true }), new Event('wheel', { bubbles: true })]) {
      let done = false;
      document.body.dispatchEvent(event);
      void userQuiet().then(() => { done = true; });
      await vi.advanceTimersByTimeAsync(900);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(done).toBe(true);
    }
  });
});

describe('inputQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // The browser never idle: inputQuiet must not wait for it.
    vi.stubGlobal('requestIdleCallback', () => 0);
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits only for a second without input, not for the browser to be idle', async () => {
    const { inputQuiet } = await import('../../../src/components/user-quiet');
    let first = false;
    void inputQuiet().then(() => { first = true; });
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    let second = false;
    void inputQuiet().then(() => { second = true; });
    await vi.advanceTimersByTimeAsync(900);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(second).toBe(true);
  });
});
