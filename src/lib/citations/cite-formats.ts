// The citation forms people paste: GB/T 7714-2015 (a reference-list entry) and the plain form
// 《title》第三章第二节：“quote”. Only what the registry holds is cited: a field it lacks is left out, never
// guessed (no issuer, no 文号, no URL). Pure.
import { matchHeading } from '../documents/line-patterns';
import { headingLabel } from './format-citation';

/** The plan as the registry records it (PlanSummary fits). */
export interface CitedPlan { title: string; issuer?: string; docNumber?: string; date?: string; url?: string }

/** Where in the plan: the heading labels (第三章第二节) and, for the plain form, the quote. */
export interface CitedPassage { place?: string; quote?: string }

export type CitationStyle = 'gbt7714' | 'plain';

/**
 * GB/T 7714-2015: 主要责任者. 题名: 文号[Z]. 日期: 位置. — `[Z]` (other document), `[Z/OL]` with the official
 * URL, which also takes the access date: (日期)[引用日期]: 位置. URL
 */
export function gbtCitation(plan: CitedPlan, passage: CitedPassage = {}, accessed?: string): string {
  const author = plan.issuer ? `${plan.issuer}. ` : '';
  const title = plan.docNumber ? `${plan.title}: ${plan.docNumber}` : plan.title;
  const place = passage.place ? `: ${passage.place}` : '';
  if (plan.url) {
    const dates = `${plan.date ? `(${plan.date})` : ''}${accessed ? `[${accessed}]` : ''}`;
    const when = dates || place ? ` ${dates}${dates ? place : place.slice(2)}.` : '';
    return `${author}${title}[Z/OL].${when} ${plan.url}`;
  }
  const when = plan.date ? `${plan.date}${place}` : (passage.place ?? '');
  return `${author}${title}[Z].${when ? ` ${when}.` : ''}`;
}

/** The plain form: 《title》place：“quote”. */
export function plainCitation(plan: Pick<CitedPlan, 'title'>, passage: CitedPassage = {}): string {
  const cited = `《${plan.title}》${passage.place ?? ''}`;
  return passage.quote ? `${cited}：“${passage.quote}”` : cited;
}

export function formatCitationAs(style: CitationStyle, plan: CitedPlan, passage: CitedPassage = {}, accessed?: string): string {
  return style === 'gbt7714' ? gbtCitation(plan, passage, accessed) : plainCitation(plan, passage);
}

/** 第三章第二节 from the enclosing heading texts (a resolved citation's headingPath); unnumbered headings drop out. */
export function placeFromHeadings(texts: string[]): string {
  return texts
    .map((text) => {
      const m = matchHeading(text.trim(), 'chapters') ?? matchHeading(text.trim(), 'outline');
      return m ? headingLabel(m) : '';
    })
    .join('');
}
