// A first parsing profile for a new plan, read from its text: how its headings are numbered, whether
// its lines are a PDF's (broken at the page width) or paragraphs, its page-number lines, title lines
// and back matter. plan:add writes it into the registry entry, where a reviewer can correct it.
import type { LayoutMode, Numbering, ParsingProfileData } from './plan-registry-types';
import { DEFAULT_PAGE_NUMBER } from '../documents/parsing-profile';

const CHAPTER = /^第[一二三四五六七八九十]+章/;
const OUTLINE = /^[一二三四五六七八九十]+、/;
/** Page numbers other than —41—: "- 3 -", "第 3 页", "3 / 20". */
const OTHER_PAGE_NUMBERS = [/^-\s*\d+\s*-$/, /^第\s*\d+\s*页$/, /^\d+\s*\/\s*\d+$/];
const SENTENCE_END = /[。！？；：”）)]$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const trimmed = (text: string) => text.split('\n').map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter(Boolean);

export interface GuessedProfile {
  parsing: ParsingProfileData;
  /** Whether the title was found as lines of the text (else it is marked inferred). */
  titleFound: boolean;
}

const PREFACES = ['前言', '序言', '引言'];

/** `issuer`: the issuer the text states, whose signature line starts the back matter. */
export function guessProfile(text: string, title: string, override: { layout?: LayoutMode; numbering?: Numbering; issuer?: string } = {}): GuessedProfile {
  const lines = trimmed(text);
  const chapters = lines.filter((l) => CHAPTER.test(l)).length;
  const outline = lines.filter((l) => OUTLINE.test(l)).length;
  const numbering: Numbering = override.numbering ?? (chapters >= 2 && chapters >= outline / 3 ? 'chapters' : 'outline');

  // A PDF export breaks most lines mid-sentence; paragraphs end theirs with punctuation.
  const body = lines.filter((l) => l.length >= 12);
  const broken = body.filter((l) => !SENTENCE_END.test(l)).length;
  const layout: LayoutMode = override.layout ?? (body.length && broken / body.length > 0.5 ? 'pdf' : 'lines-join');

  const parsing: ParsingProfileData = { layout };
  if (numbering !== (layout === 'pdf' ? 'chapters' : 'outline')) parsing.numbering = numbering;
  const pageNumber = OTHER_PAGE_NUMBERS.find((re) => !lines.some((l) => DEFAULT_PAGE_NUMBER.test(l)) && lines.filter((l) => re.test(l)).length >= 1);
  if (pageNumber) parsing.pageNumber = pageNumber.source;

  const titleLines = findTitleLines(lines, title);
  if (titleLines) parsing.titleLines = titleLines.map((l) => `^${escape(l)}$`);
  const preface = lines.map((l) => l.replace(/[\s\u3000]+/g, '')).find((l) => PREFACES.includes(l));
  if (preface && numbering === 'chapters' && preface !== '前言') parsing.preface = preface;
  // Back matter: from the signature (the issuer alone on a line near the end), else the distribution list.
  const tail = lines.slice(-12);
  if (override.issuer && tail.includes(override.issuer)) parsing.backFrom = `^${escape(override.issuer)}$`;
  else if (lines.some((l) => /^抄送/.test(l))) parsing.backFrom = '^抄送';
  return { parsing, titleFound: !!titleLines };
}

/** One to three consecutive lines near the top that read as the title (spaces aside). */
function findTitleLines(lines: string[], title: string): string[] | null {
  const want = title.replace(/\s+/g, '');
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    let joined = '';
    for (let n = 1; n <= 3 && i + n <= lines.length; n++) {
      joined += lines[i + n - 1]!.replace(/\s+/g, '');
      if (joined === want) return lines.slice(i, i + n);
      if (!want.startsWith(joined)) break;
    }
  }
  return null;
}
