// The data-source list in both languages: the English records of data/sources.json (partly written by the
// basemap pipeline) joined with their Chinese texts from data/sources.zh.json. A source without its
// Chinese name, description or licence fails the compile, naming it.
import type { Names } from '../../src/lib/catalogue/catalogue-types';

interface SourceRecord { id: string; name: string; what?: string; licence: string; [k: string]: unknown }
interface ZhTexts { name: string; what?: string; licence: string }

export interface BilingualSource extends Omit<SourceRecord, 'name' | 'what' | 'licence'> { name: Names; what?: Names; licence: Names }

export function bilingualSources(records: SourceRecord[], zh: Record<string, ZhTexts>): BilingualSource[] {
  const problems: string[] = [];
  const out = records.map((r) => {
    const t = zh[r.id];
    if (!t?.name || !t.licence || (r.what && !t.what)) problems.push(`data/sources.zh.json: no Chinese name, description or licence for source «${r.id}»`);
    const { what: _what, ...rest } = r;
    return {
      ...rest,
      name: { zh: t?.name ?? r.name, en: r.name },
      ...(r.what ? { what: { zh: t?.what ?? r.what, en: r.what } } : {}),
      licence: { zh: t?.licence ?? r.licence, en: r.licence },
    };
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}
