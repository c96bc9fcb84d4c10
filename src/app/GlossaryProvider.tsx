// Provides the glossary to the texts that mark its terms; loads it once, on the first text that asks.
import { useCallback, useState, type ReactNode } from 'react';
import { loadGlossary } from '../data/load-data';
import { GlossaryContext } from '../components/glossary-context';
import type { Glossary } from '../lib/glossary/glossary-types';

export function GlossaryProvider({ children }: { children: ReactNode }) {
  const [glossary, setGlossary] = useState<Glossary | null>(null);
  const [asked, setAsked] = useState(false);
  const want = useCallback(() => {
    if (asked) return;
    setAsked(true);
    loadGlossary().then(setGlossary, () => undefined); // without it, texts show no terms: nothing else depends on it
  }, [asked]);
  return <GlossaryContext.Provider value={{ glossary, want }}>{children}</GlossaryContext.Provider>;
}
