// Finds the spatial mentions in a paragraph, deterministically:
// 1. structure words (…园区, …基地, …示范区, …走廊, …机场, …水库 …): from the structure word back to the
//    preceding punctuation (at most MAX_LEAD characters), then cut after the last verb or function word
//    so that "加快建设太原武宿综合保税区" yields "太原武宿综合保税区";
// 2. lexicon names (prefectures, counties, rivers, mountains) outside those spans, longest first.
import type { Mention, MentionKind } from './coverage-types';
import type { Lexicon } from './mention-lexicon';

/** Structure words, longest first so that 经济技术开发区 is not read as …开发区 twice. */
export const STRUCTURE_WORDS = [
  '城镇带', '城镇圈', '城镇群', '城市群', '都市圈', '都市区', '经济圈', '经济带', '组团',
  '园区', '产业园', '基地', '示范区', '试验区', '开发区', '高新区', '保税区', '先行区', '合作区', '新区', '集聚区',
  '走廊', '通道', '廊道', '机场', '枢纽', '水库', '湿地', '公园', '陆港', '空港', '航空港', '无水港',
  '景区', '风景区', '保护区', '国家公园',
].sort((a, b) => b.length - a.length);

/** How far back from a structure word a name may start. */
export const MAX_LEAD = 18;

const PUNCT = /[\s，。、；：！？,.;:!?（）()“”"‘’'《》〈〉【】[\]—…·/]/;

/** Words after which a structure's name begins (verbs, function words); the last one in the lead wins. */
const BOUNDARY_WORDS = [
  '建设', '打造', '推进', '推动', '支持', '加快', '加强', '创建', '争创', '培育', '发展', '依托', '提升', '完善',
  '构建', '形成', '布局', '建成', '实施', '优化', '申建', '设立', '积极', '大力', '重点', '围绕', '谋划', '争取',
  '高标准', '高水平', '高质量', '规划', '新建', '改扩建', '扩建', '续建', '开工', '启动', '引导', '鼓励', '探索',
  '深化', '强化', '做强', '做大', '壮大', '建立', '健全', '申报', '筹建', '承接', '对接', '融入', '联通',
  '畅通', '贯通', '连接', '衔接', '利用', '发挥', '用好', '抓好', '办好', '开展', '推广', '包括', '其中', '力争',
  '实现', '促进', '结合', '支撑', '搭建', '统筹', '辐射牵引', '筑牢', '维护', '严格控制', '梳理', '评价', '反映',
  '提高', '开通', '增强', '拓展', '突出', '紧邻', '组织领导', '落实', '比照', '认定', '理顺', '加大', '管理运营',
  '坚持', '托管', '委托', '孵化成果落地', '试点授权', '开辟', '设置', '恢复', '重建', '退化', '严格', '共筑',
  '全省', '我省', '全面', '进一步', '一批', '若干', '首批', '以上', '以下', '各类', '各级', '一县一',
  '和', '与', '及', '以', '在', '为', '的', '等', '对', '向', '到', '把', '将', '从', '至', '了', '是', '并', '或', '同',
].sort((a, b) => b.length - a.length);

interface Span { start: number; end: number }

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Lexicon-name spans in text (longest first, non-overlapping). */
function nameSpans(text: string, names: string[]): (Span & { name: string })[] {
  const taken: (Span & { name: string })[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const span = { start: i, end: i + name.length, name };
      if (!taken.some((t) => overlaps(t, span))) taken.push(span);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Where a structure's name starts, given the index just before its structure word. */
function leadStart(text: string, wordStart: number, protect: Span[]): number {
  let start = wordStart;
  while (start > 0 && wordStart - start < MAX_LEAD && !PUNCT.test(text[start - 1])) start--;
  // Cut after the last boundary word in the lead, unless it lies inside a protected name (和顺县).
  for (let i = wordStart - 1; i >= start; i--) {
    for (const w of BOUNDARY_WORDS) {
      if (i + w.length > wordStart || text.slice(i, i + w.length) !== w) continue;
      if (protect.some((p) => overlaps(p, { start: i, end: i + w.length }))) continue;
      return i + w.length;
    }
  }
  return start;
}

/** Phrases that contain a name without naming the place (长治久安 "lasting stability"). */
const NOT_PLACES = ['长治久安'];

export function detectMentions(text: string, paragraphId: string, lexicon: Lexicon): Mention[] {
  const names = [...lexicon.keys()].sort((a, b) => b.length - a.length);
  const excluded = nameSpans(text, NOT_PLACES);
  const named = nameSpans(text, names).filter((s) => !excluded.some((e) => overlaps(e, s)));
  const mentions: Mention[] = [];

  for (let i = 0; i < text.length; i++) {
    const word = STRUCTURE_WORDS.find((w) => text.startsWith(w, i));
    if (!word) continue;
    let end = i + word.length;
    // Overlapping structure words read as one: 产业园 + 园区 → 产业园区.
    for (let grown = true; grown;) {
      grown = false;
      for (let j = i + 1; j < end; j++) {
        const w = STRUCTURE_WORDS.find((x) => text.startsWith(x, j) && j + x.length > end);
        if (w) { end = j + w.length; grown = true; }
      }
    }
    const start = leadStart(text, i, named);
    const prior = mentions[mentions.length - 1];
    if (prior && prior.end > start) {
      // A longer structure ending here (…园区 after …产业园): extend the previous one.
      if (prior.end <= end && prior.kind === 'structure') { prior.end = end; prior.text = text.slice(prior.start, end); }
      i = end - 1;
      continue;
    }
    mentions.push({ text: text.slice(start, end), kind: 'structure', paragraphId, start, end });
    i = end - 1;
  }

  for (const s of named) {
    if (mentions.some((m) => m.kind === 'structure' && overlaps(m, s))) continue;
    mentions.push({ text: s.name, kind: lexicon.get(s.name) as MentionKind, paragraphId, start: s.start, end: s.end });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
