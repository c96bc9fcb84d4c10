// Autoplay for an unattended kiosk (`#present…&auto=S`): the next step every S seconds, looping. It
// counts only once the map has drawn (not over the static picture), and not while paused or blanked.
import { useEffect, useRef, useState } from 'react';

export type AutoplayState = 'off' | 'waiting' | 'paused' | 'running';

export interface Autoplay {
  state: AutoplayState;
  paused: boolean;
  toggle(): void;
  /** Changes whenever the count starts again (the indicator restarts with it). */
  run: string;
}

export function useAutoplay(seconds: number | undefined, mapReady: boolean, held: boolean, stepKey: string, advance: () => void): Autoplay {
  const [paused, setPaused] = useState(false);
  const next = useRef(advance);
  next.current = advance;
  const state: AutoplayState = !seconds ? 'off' : !mapReady ? 'waiting' : paused || held ? 'paused' : 'running';
  useEffect(() => {
    if (state !== 'running' || !seconds) return;
    const timer = window.setTimeout(() => next.current(), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [state, seconds, stepKey]);
  return { state, paused, toggle: () => setPaused((p) => !p), run: `${stepKey}-${state}` };
}
