// Work nobody is waiting for (reading plans ahead, warming the search, handing files to the offline cache) waits
// for a quiet moment: the browser idle and no key, tap, click or wheel for a second. A user who starts typing or
// panning right after the first view does not share the CPU and the network with it; with fifty plans that work
// is megabytes, and on this machine it doubled the slowest keystrokes while it ran.
import { browserIdle } from './browser-idle';

/** How long input must have stopped before such work goes on. */
const QUIET_MS = 1000;
const INPUTS = ['keydown', 'pointerdown', 'wheel', 'input'] as const;

let lastInput = Number.NEGATIVE_INFINITY;
let listening = false;

function listen(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  const note = () => { lastInput = performance.now(); };
  for (const type of INPUTS) addEventListener(type, note, { capture: true, passive: true });
}

/** Resolves when the browser is idle and the user has not used keys, pointer or wheel for a second. */
export async function userQuiet(): Promise<void> {
  listen();
  for (;;) {
    await browserIdle();
    const left = lastInput + QUIET_MS - performance.now();
    if (left <= 0) return;
    await new Promise((done) => setTimeout(done, left));
  }
}
