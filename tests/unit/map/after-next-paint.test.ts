import { describe, expect, it, vi } from 'vitest';
import { AfterNextPaint } from '../../../src/features/map/after-next-paint';
type Clock = ConstructorParameters<typeof AfterNextPaint>[1];

/** A frame clock run by hand: frames and tasks run only when the test says so. */
function manualClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const tasks = new Map<number, () => void>();
  const clock = {
    requestFrame: (cb: () => void) => { frames.set(next, cb); return next++; },
    cancelFrame: (id: number) => { frames.delete(id); },
    setTimer: (cb: () => void) => { tasks.set(next, cb); return next++ as unknown as ReturnType<typeof setTimeout>; },
    clearTimer: (id: ReturnType<typeof setTimeout>) => { tasks.delete(id as unknown as number); },
  } satisfies NonNullable<Clock>;
  const runAll = (queue: Map<number, () => void>) => {
    const due = [...queue.values()];
    queue.clear();
    for (const cb of due) cb();
  };
  return { clock, frame: () => runAll(frames), tasks: () => runAll(tasks), counts: () => ({ frames: frames.size, tasks: tasks.size }) };
}

/** A scheduler of a counting piece of work, on a manual clock. */
function scheduled() {
  const c = manualClock();
  const work = vi.fn();
  return { ...c, work, s: new AfterNextPaint(work, c.clock) };
}

describe('AfterNextPaint', () => {
  it('runs the work in a task queued by the next frame, not in the frame itself', () => {
    const { s, work, ...c } = scheduled();
    s.request();
    expect(s.pending).toBe(true);
    c.tasks();
    expect(work).not.toHaveBeenCalled();
    c.frame();
    expect(work).not.toHaveBeenCalled();
    c.tasks();
    expect(work).toHaveBeenCalledTimes(1);
    expect(s.pending).toBe(false);
  });

  it('coalesces requests made before it runs into one run', () => {
    const { s, work, ...c } = scheduled();
    s.request();
    s.request();
    c.frame();
    s.request(); // after the frame, before the task: still the same run
    expect(c.counts()).toEqual({ frames: 0, tasks: 1 });
    c.tasks();
    expect(work).toHaveBeenCalledTimes(1);
    s.request();
    c.frame();
    c.tasks();
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('cancel drops pending work, in the frame or in the task', () => {
    const { s, work, ...c } = scheduled();
    s.request();
    s.cancel();
    expect(c.counts()).toEqual({ frames: 0, tasks: 0 });
    s.request();
    c.frame();
    s.cancel();
    expect(c.counts()).toEqual({ frames: 0, tasks: 0 });
    c.frame();
    c.tasks();
    expect(work).not.toHaveBeenCalled();
    expect(s.pending).toBe(false);
  });

  it('work that requests again is scheduled for a later frame', () => {
    const c = manualClock();
    let runs = 0;
    const s: InstanceType<typeof AfterNextPaint> = new AfterNextPaint(() => { if (++runs === 1) s.request(); }, c.clock);
    s.request();
    c.frame();
    c.tasks();
    expect(runs).toBe(1);
    expect(s.pending).toBe(true);
    c.tasks();
    expect(runs).toBe(1);
    c.frame();
    c.tasks();
    expect(runs).toBe(2);
  });
});
