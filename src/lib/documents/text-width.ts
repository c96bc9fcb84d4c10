// Approximate printed width of a line in em, for judging where a PDF export broke its lines.
// CJK characters and full-width punctuation take 1 em; ASCII letters, digits and quotes ½ em.
// The exports replaced full-width ，：；（） by ASCII, but they still occupy a full em on the page.
const FULL_WIDTH_ASCII = new Set([',', ':', ';', '(', ')']);

export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (FULL_WIDTH_ASCII.has(ch)) width += 1;
    else if (code < 0x2000 || ch === '“' || ch === '”' || ch === '‘' || ch === '’') width += 0.5;
    else width += 1;
  }
  return width;
}
