// Which strings name a place in a plan's text: its full name, its former names, and its short form (太原 for
// 太原市, 平遥 for 平遥县) when that is at least two characters and names no other place. Generic names
// (城区, 郊区 …) count only qualified by their prefecture. Words that merely contain a place's form (长治久安)
// are listed in data and skipped where they occur.

export interface NamedUnit {
  id: string;
  name: string;
  /** Current names of a unit that stands for several (平城区·云冈区), and former names (大同县). */
  otherNames?: string[];
  prefecture?: string;
}

export interface MentionRules {
  /** Names that are ordinary words unless qualified by their prefecture (e.g. 城区). */
  generic: string[];
  /** Words that contain a place's form without naming it (e.g. 长治久安). */
  notMentions: string[];
}

const SUFFIX = /(市|县|区)$/;

export function mentionForms(units: NamedUnit[], rules: MentionRules): Map<string, string[]> {
  const generic = new Set(rules.generic);
  const fullNames = (u: NamedUnit) => [u.name, ...(u.otherNames ?? [])].filter((n) => !n.includes('·'));
  const shortCount = new Map<string, number>();
  const allFull = new Set(units.flatMap(fullNames));
  for (const u of units) for (const n of fullNames(u)) shortCount.set(n.replace(SUFFIX, ''), (shortCount.get(n.replace(SUFFIX, '')) ?? 0) + 1);
  const forms = new Map<string, string[]>();
  for (const u of units) {
    const out = new Set<string>();
    for (const n of fullNames(u)) {
      if (u.prefecture) out.add(u.prefecture + n);
      if (generic.has(n)) continue;
      out.add(n);
      const short = n.replace(SUFFIX, '');
      if (short.length >= 2 && short !== n && shortCount.get(short) === 1 && !allFull.has(short) && !generic.has(short)) out.add(short);
    }
    forms.set(u.id, [...out]);
  }
  return forms;
}

/** Start offsets where one of `forms` names the place in `text` (not inside a listed non-mention word). */
export function findMentions(text: string, forms: string[], notMentions: string[]): number[] {
  const blocked: Array<[number, number]> = [];
  for (const word of notMentions) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) blocked.push([i, i + word.length]);
  }
  const hits = new Set<number>();
  // Longest forms first, so 阳泉市城区 is one mention, not also a mention of 阳泉市.
  const covered: Array<[number, number]> = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
      const end = i + form.length;
      if (blocked.some(([s, e]) => i >= s && end <= e) || covered.some(([s, e]) => i >= s && end <= e)) continue;
      covered.push([i, end]);
      hits.add(i);
    }
  }
  return [...hits].sort((a, b) => a - b);
}
