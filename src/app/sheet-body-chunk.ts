// The sheets' chunk (SheetBody.tsx), loaded with the first sheet opened, or ahead once the first view is
// settled. Not React.lazy: a lazy component that suspends holds its content back for React's Suspense
// throttle (≈ 300 ms) after the fallback.
import { useEffect, useState } from 'react';
import type SheetBodyComponent from './SheetBody';

type SheetBody = typeof SheetBodyComponent;
let body: SheetBody | null = null;
let loading: Promise<SheetBody> | null = null;

/** Loads the chunk once; resolves with its component. */
export function loadSheetBody(): Promise<SheetBody> {
  return (loading ??= import('./SheetBody').then((m) => (body = m.default)));
}

/** The sheets' component once `wanted` has asked for it, or null while it arrives (the caller shows "loading"). */
export function useSheetBody(wanted: boolean): SheetBody | null {
  const [loaded, setLoaded] = useState<SheetBody | null>(body);
  useEffect(() => {
    if (wanted && !loaded) void loadSheetBody().then((b) => setLoaded(() => b));
  }, [wanted, loaded]);
  return loaded;
}
