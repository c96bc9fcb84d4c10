// Work nobody is waiting for (reading plans ahead, warming the search, handing files to the offline cache) waits
// for a quiet moment: no key, tap, click or wheel for a second (and, to start, the browser idle). The first second
// is watched too, from when such work first asks (once the first view is settled): a user who starts typing or
// panning right after the first view does not share the CPU and the network with it, and with fifty plans that
// work is megabytes (on this machine, with the service worker's share of it blocked, the slowest keystrokes at
// fifty plans took half as long).
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
  note(); // input before now was not watched: the first quiet second is one watched from now
  for (const type of INPUTS) addEventListener(type, note, { capture: true, passive: true });
}

const quietIn = () => lastInput + QUIET_MS - performance.now();

/** Resolves once keys, pointer and wheel have not been used for a second (watched from the first call on). */
export async function inputQuiet(): Promise<void> {
  listen();
  for (let left = quietIn(); left > 0; left = quietIn()) await new Promise((done) => setTimeout(done, left));
}

/** Resolves when the browser is idle and keys, pointer and wheel have not been used for a second. */
export async function userQuiet(): Promise<void> {
  listen();
  for (;;) {
    await browserIdle();
    if (quietIn() <= 0) return;
    await inputQuiet();
  }
}
