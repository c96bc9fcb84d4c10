// The one whitespace rule of cleaning: line breaks, and the spaces/tabs/U+3000 around them, are removed.
// Applied to a seed (after removing listed artefacts) it yields exactly the concatenated headings and
// paragraphs; applied to a quote it lets a passage copied across a PDF line break match.
const EDGE_WHITESPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

export function trimLine(line: string): string {
  return line.replace(EDGE_WHITESPACE, '');
}

export function flattenText(text: string): string {
  return text.split('\n').map(trimLine).join('');
}
