// What a new plan's text mentions that could go on the map, for a person to review (plan:add writes it
// to .cache/candidates/<seed>.json, never shipped): places from the gazetteer, numbered slogans (一核两翼),
// structure words (…城市群, …走廊, …示范区). Each with a verbatim quote already checked to be unique in
// the plan (the build's own resolver) and a suggested geometry recipe. Pure.
import type { PlanDocument } from '../documents/document-types';
import type { Recipe } from '../geo/recipes';
import type { Lexicon } from '../coverage/mention-lexicon';
import type { MentionKind } from '../coverage/coverage-types';
import { detectMentions } from '../coverage/detect-mentions';
import { parseSlogan, type SloganPart } from '../catalogue/slogan-numerals';
import { tryResolveCitation } from '../citations/resolve-citation';

export interface Candidate {
  /** The words in the text. */
  text: string;
  kind: MentionKind | 'slogan';
  paragraphId: string;
  /** Where it stands: the heading path's texts, outermost first. */
  heading: string[];
  /** A verbatim quote holding the mention, found exactly once in the plan (with `prefix` when needed). */
  quote: string;
  prefix?: string;
  /** False when no quote around it is unique (the plan repeats the passage): choose one by hand. */
  unique: boolean;
  /** A recipe to start from (data/catalogue/SCHEMA.md); for a slogan, the parts a frame needs. */
  recipe?: Recipe;
  parts?: SloganPart[];
  /** The catalogue kind suggested for a feature. */
  featureKind?: string;
}

/** Numerals in a row with short labels: 一核两翼, 一主三副六市域中心, 三大城镇群. */
const SLOGAN = /(?:[一二两三四五六七八九十双多]大?[\u4e00-\u9fa5]{1,3}?){2,5}(?=[，。、；：”（\s]|的|$)/gu;
const CLAUSE_END = /[，。；：！？]/;
const SENTENCE_END = /[。；！？]/;

/** `fullNames`: county and prefecture names in full (太原市, 平遥县), to turn short mentions into recipe names. */
export function findCandidates(doc: PlanDocument, lexicon: Lexicon, fullNames: string[]): Candidate[] {
  const headings = new Map(doc.headings.map((h) => [h.id, h.text]));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  // Headings name structures too (第一节 构建“一核两翼”发展格局); run-in ones are read with their paragraph.
  const blocks = [
    ...doc.headings.filter((h) => h.kind !== 'title' && !h.runIn).map((h) => ({ id: h.id, text: h.text, headingPath: pathOf(doc, h.id), line: h.lines[0] })),
    ...doc.paragraphs.filter((p) => !p.part && !p.flags?.includes('table')).map((p) => ({ id: p.id, text: p.text, headingPath: p.headingPath, line: p.lines[0] })),
  ].sort((a, b) => a.line - b.line);
  for (const p of blocks) {
    const heading = p.headingPath.map((id) => headings.get(id) ?? id);
    const add = (c: Omit<Candidate, 'quote' | 'unique' | 'prefix' | 'heading' | 'paragraphId'>, start: number, end: number) => {
      const key = `${c.kind}:${c.text}`;
      if (seen.has(key)) return; // the first mention of each name is enough to start from
      seen.add(key);
      out.push({ ...c, paragraphId: p.id, heading, ...uniqueQuote(doc, p.text, start, end) });
    };
    for (const m of detectMentions(p.text, p.id, lexicon)) {
      add({ text: m.text, kind: m.kind, ...suggest(m.text, m.kind, lexicon, fullNames) }, m.start, m.end);
    }
    for (const m of p.text.matchAll(SLOGAN)) {
      const parts = parseSlogan(m[0]);
      if (!parts || parts.length < 2 || parts.some((x) => x.label.length > 4)) continue;
      add({ text: m[0], kind: 'slogan', parts }, m.index, m.index + m[0].length);
    }
  }
  return out;
}

/** A heading's own path: its ancestors, outermost first. */
function pathOf(doc: PlanDocument, id: string): string[] {
  const byId = new Map(doc.headings.map((h) => [h.id, h]));
  const path: string[] = [];
  for (let h = byId.get(byId.get(id)?.parentId ?? ''); h; h = byId.get(h.parentId ?? '')) if (h.kind !== 'title') path.unshift(h.id);
  return path;
}

/** The clause around [start, end), else its sentence, else the sentence with the one before as prefix. */
function uniqueQuote(doc: PlanDocument, text: string, start: number, end: number): Pick<Candidate, 'quote' | 'prefix' | 'unique'> {
  const around = (stop: RegExp) => {
    let a = start;
    while (a > 0 && !stop.test(text[a - 1]!)) a--;
    let b = end;
    while (b < text.length && !stop.test(text[b]!)) b++;
    return [a, Math.min(b + 1, text.length)] as const;
  };
  const tries: { quote: string; prefix?: string }[] = [];
  const [ca, cb] = around(CLAUSE_END);
  tries.push({ quote: text.slice(ca, cb) });
  const [sa, sb] = around(SENTENCE_END);
  tries.push({ quote: text.slice(sa, sb) });
  if (sa > 0) {
    let pa = sa - 1;
    while (pa > 0 && !SENTENCE_END.test(text[pa - 1]!)) pa--;
    tries.push({ quote: text.slice(sa, sb), prefix: text.slice(pa, sa) });
  }
  for (const t of tries) {
    const r = tryResolveCitation(doc, { seed: doc.id, quote: t.quote, ...(t.prefix ? { prefix: t.prefix } : {}) });
    if (r.ok) return { ...t, unique: true };
  }
  return { quote: tries[1]!.quote, unique: false };
}

const STRUCTURE_KINDS: [RegExp, string][] = [
  [/(城市群|都市圈|都市区|经济圈)$/, 'city-cluster'],
  [/(城镇群|城镇圈|组团)$/, 'city-group'],
  [/(城镇带|经济带)$/, 'belt'],
  [/(走廊|通道|廊道)$/, 'corridor-transport'],
  [/(机场|枢纽|陆港|空港|航空港|无水港)$/, 'project-site'],
  [/(水库|湿地)$/, 'lake-wetland'],
  [/(景区|风景区|公园|国家公园)$/, 'cultural-park'],
  [/保护区$/, 'ecological-zone'],
  [/基地$/, 'energy-base'],
];

function suggest(text: string, kind: MentionKind, lexicon: Lexicon, fullNames: string[]): Pick<Candidate, 'recipe' | 'featureKind'> {
  const full = (name: string) => (fullNames.includes(name) ? name : fullNames.find((n) => n.length === name.length + 1 && n.startsWith(name)) ?? name);
  switch (kind) {
    case 'prefecture': return { recipe: { type: 'prefectures', names: [full(text)] }, featureKind: 'zone' };
    case 'county': return { recipe: { type: 'counties', names: [full(text)] }, featureKind: 'zone' };
    case 'river': return { recipe: { type: 'river', name: text }, featureKind: 'river' };
    case 'lake': return { recipe: { type: 'point', place: text }, featureKind: 'lake-wetland' };
    case 'mountain': return { recipe: { type: 'band', along: [], widthKm: 30 }, featureKind: 'ecological-barrier' };
    default: {
      // A structure: the places it names (太原都市圈 → 太原市) give its recipe's places.
      const named = [...lexicon.keys()].filter((n) => text.includes(n)).sort((a, b) => b.length - a.length)
        .filter((n, i, all) => !all.slice(0, i).some((m) => m.includes(n))).map(full);
      const featureKind = STRUCTURE_KINDS.find(([re]) => re.test(text))?.[1] ?? 'zone';
      if (featureKind.startsWith('corridor')) return { recipe: { type: 'corridor', through: named, widthKm: 20 }, featureKind };
      if (featureKind === 'city-cluster' || featureKind === 'city-group') {
        return { recipe: named.length ? { type: 'counties', names: named } : { type: 'none', reason: 'which units it covers is not stated', reasonZh: '文中未说明范围' }, featureKind };
      }
      return { recipe: named.length === 1 ? { type: 'point', place: named[0]! } : { type: 'points', places: named }, featureKind };
    }
  }
}
