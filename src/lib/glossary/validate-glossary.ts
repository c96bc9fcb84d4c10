// Checks data/glossary.json: every term once, with an English name, definitions in both languages and the
// basis `explanation`. Each problem is one message naming the term. Pure.
import type { Glossary } from './glossary-types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isNames = (v: unknown) => isObj(v) && isText(v.zh) && isText(v.en);

export function validateGlossary(raw: unknown): { glossary: Glossary | null; errors: string[] } {
  const errors: string[] = [];
  if (!isObj(raw) || !Array.isArray(raw.terms)) return { glossary: null, errors: ['glossary: expected { "about", "terms": [...] }'] };
  if (!isNames(raw.about)) errors.push('glossary: about: expected { "zh", "en" }');
  const seen = new Set<string>();
  raw.terms.forEach((t: unknown, i) => {
    const at = isObj(t) && isText(t.term) ? t.term : `terms[${i}]`;
    if (!isObj(t) || !isText(t.term)) return void errors.push(`glossary: ${at}: expected { "term", "en", "basis", "definition" }`);
    if (seen.has(t.term)) errors.push(`glossary: ${at}: listed twice`);
    seen.add(t.term);
    if (!isText(t.en)) errors.push(`glossary: ${at}: en: expected its English name`);
    if (t.basis !== 'explanation') errors.push(`glossary: ${at}: basis: expected "explanation" (definitions are ours, not plan text)`);
    if (!isNames(t.definition)) errors.push(`glossary: ${at}: definition: expected { "zh", "en" }`);
    if (t.source !== undefined && !isNames(t.source)) errors.push(`glossary: ${at}: source: expected { "zh", "en" }`);
  });
  return { glossary: errors.length ? null : (raw as unknown as Glossary), errors };
}
