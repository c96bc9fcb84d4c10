// "Copy citation": 《document title》 followed by the heading numbers, e.g.
// 《某某规划（2022—2035年）》第三章第二节.
import type { Heading, PlanDocument } from '../documents/document-types';
import type { ResolvedCitation } from './citation-types';

/** How a heading is referred to: 第三章, 第二节, 第四部分, （十三）, 1., 专栏3, 前言. */
export function headingLabel(heading: Pick<Heading, 'kind' | 'number'>): string {
  const n = heading.number ?? '';
  switch (heading.kind) {
    case 'part':
      return `第${n}部分`;
    case 'item':
      return n.replace('(', '（').replace(')', '）');
    case 'subitem':
      return `${n}.`;
    case 'box':
      return n.replace(/\s+/g, '');
    case 'preface':
      return '前言';
    case 'title':
      return '';
    default:
      return n;
  }
}

export interface FormatOptions {
  /** Append ：“quote”. */
  quote?: string;
}

/** The heading labels of a reader paragraph: 第三章第二节. */
export function paragraphPlace(doc: PlanDocument, paragraphId: string): string {
  const paragraph = doc.paragraphs.find((p) => p.id === paragraphId);
  if (!paragraph) throw new Error(`${doc.id} has no paragraph ${paragraphId}`);
  const byId = new Map(doc.headings.map((h) => [h.id, h]));
  return paragraph.headingPath
    .map((id) => byId.get(id))
    .filter((h): h is Heading => !!h)
    .map(headingLabel)
    .join('');
}

export function formatCitation(
  doc: PlanDocument,
  target: Pick<ResolvedCitation, 'paragraphId'>,
  options: FormatOptions = {},
): string {
  const cited = `《${doc.title.text}》${paragraphPlace(doc, target.paragraphId)}`;
  return options.quote ? `${cited}：“${options.quote}”` : cited;
}
