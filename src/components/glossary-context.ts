// The glossary as texts read it: the app provides it (src/app/GlossaryProvider.tsx) and fetches it the first
// time a text with terms is shown, so the first view never waits for it.
import { createContext, useContext, useEffect, useMemo } from 'react';
import type { Glossary, GlossaryTerm } from '../lib/glossary/glossary-types';
import { byLength } from '../lib/glossary/term-runs';

export interface GlossaryState { glossary: Glossary | null; want: () => void }

export const GlossaryContext = createContext<GlossaryState>({ glossary: null, want: () => {} });

/** The glossary (null until it has loaded), its entries by term and its terms longest first. */
export function useGlossary(): { glossary: Glossary | null; entries: Map<string, GlossaryTerm>; terms: string[] } {
  const { glossary, want } = useContext(GlossaryContext);
  useEffect(want, [want]);
  return useMemo(() => {
    const entries = new Map((glossary?.terms ?? []).map((t) => [t.term, t]));
    return { glossary, entries, terms: byLength([...entries.keys()]) };
  }, [glossary]);
}
