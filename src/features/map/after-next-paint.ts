// Runs work just after the next frame has been painted, coalescing requests. Framework-free.

/** The timers AfterNextPaint uses (injectable for tests). */
export interface FrameClock {
  requestFrame(cb: () => void): number;
  cancelFrame(id: number): void;
  setTimer(cb: () => void): ReturnType<typeof setTimeout>;
  clearTimer(id: ReturnType<typeof setTimeout>): void;
}

const browserClock: FrameClock = {
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
  setTimer: (cb) => setTimeout(cb, 0),
  clearTimer: (id) => clearTimeout(id),
};

/**
 * Runs `work` once, just after the next frame has been painted: a frame callback queues a task, and
 * tasks run after the frame's rendering. Requests made before it runs are coalesced into that one run.
 */
export class AfterNextPaint {
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly work: () => void, private readonly clock: FrameClock = browserClock) {}

  get pending(): boolean {
    return this.frame !== null || this.timer !== null;
  }

  request(): void {
    if (this.pending) return;
    this.frame = this.clock.requestFrame(() => {
      this.frame = null;
      this.timer = this.clock.setTimer(() => {
        this.timer = null;
        this.work();
      });
    });
  }

  cancel(): void {
    if (this.frame !== null) this.clock.cancelFrame(this.frame);
    if (this.timer !== null) this.clock.clearTimer(this.timer);
    this.frame = this.timer = null;
  }
}
