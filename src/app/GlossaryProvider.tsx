// Provides the glossary to the texts that mark its terms; loads it once: on the first text that asks, or in the
// background once the map has drawn (`prefetch`), so that a presentation taken offline has it too.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { loadGlossary } from '../data/load-data';
import { GlossaryContext } from '../components/glossary-context';
import type { Glossary } from '../lib/glossary/glossary-types';

export function GlossaryProvider({ children, prefetch }: { children: ReactNode; prefetch: boolean }) {
  const [glossary, setGlossary] = useState<Glossary | null>(null);
  const [asked, setAsked] = useState(false);
  const want = useCallback(() => {
    if (asked) return;
    setAsked(true);
    loadGlossary().then(setGlossary, () => undefined); // without it, texts show no terms: nothing else depends on it
  }, [asked]);
  useEffect(() => { if (prefetch) want(); }, [prefetch, want]);
  return <GlossaryContext.Provider value={{ glossary, want }}>{children}</GlossaryContext.Provider>;
}
