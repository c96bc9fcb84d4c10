// Title, issuer, document number and dates: only what the text states; anything else is marked inferred.
import type { DocumentDates, DocumentTitle, Heading, Paragraph, PlanDocument } from './document-types';
import { DATE_LINE, DOC_NUMBER_LINE, PRINTED_LINE, isoDate } from './line-patterns';
import type { SeedProfile } from './parsing-profile';

type Meta = Pick<PlanDocument, 'title' | 'issuer' | 'docNumber' | 'dates' | 'metadata'>;

const ISSUER_LINE = /^山西省人民政府(办公厅)?$/;

export function extractMetadata(
  profile: SeedProfile,
  headings: Heading[],
  paragraphs: Paragraph[],
  portal: Record<string, string>,
): Meta {
  const metadata: Record<string, string> = { ...portal };
  const dates: DocumentDates = {};
  let issuer = portal['发文机关'];
  let docNumber = portal['发文字号'];
  if (portal['成文日期']) dates.written = portal['成文日期'];
  if (portal['发布日期']) dates.published = portal['发布日期'];

  const matter = paragraphs.filter((p) => p.part);
  matter.forEach((p, i) => {
    if (!docNumber && DOC_NUMBER_LINE.test(p.text)) docNumber = p.text;
    // Signature: 山西省人民政府 followed by 2021年4月9日
    const next = matter[i + 1];
    if (ISSUER_LINE.test(p.text) && next && DATE_LINE.test(next.text)) {
      issuer ??= p.text;
      dates.written ??= isoDate(next.text);
      metadata['落款'] = `${p.text} ${next.text}`;
    }
    const printed = PRINTED_LINE.exec(p.text);
    if (printed) {
      dates.printed = isoDate(printed[2]!);
      metadata['印发'] = p.text;
    }
    if (p.text.startsWith('抄送')) metadata['抄送'] = p.text.replace(/^抄送[:：]/, '');
  });
  if (!docNumber) {
    const body = paragraphs.find((p) => DOC_NUMBER_LINE.test(p.text));
    if (body) docNumber = body.text;
  }

  const meta: Meta = { title: documentTitle(profile, headings), metadata };
  if (issuer) meta.issuer = issuer;
  if (docNumber) meta.docNumber = docNumber;
  if (Object.keys(dates).length) meta.dates = dates;
  return meta;
}

function documentTitle(profile: SeedProfile, headings: Heading[]): DocumentTitle {
  const line = headings.find((h) => h.kind === 'title');
  // The title as cited: spaces left by the line layout (人民政府 关于…) dropped.
  if (line) return { text: line.text.replace(/\s+/g, ''), inferred: false };
  if (profile.inferredTitle) return { ...profile.inferredTitle, inferred: true };
  throw new Error('Seed has neither a title line nor an inferred title');
}
