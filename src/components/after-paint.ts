// Work that must not delay what the user is about to see: it starts once the next frame has been drawn.

/** Resolves after the next frame has painted (at once where there are no frames). */
export const afterPaint = (): Promise<void> => new Promise((done) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0));
  else setTimeout(done, 0);
});
