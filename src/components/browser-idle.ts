// Work that can wait for a quiet moment: after the first view, before the user needs it.

/** Resolves when the browser is idle (2 s at most). */
export const browserIdle = (): Promise<void> => new Promise((done) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => done(), { timeout: 2000 });
  else setTimeout(done, 200);
});
