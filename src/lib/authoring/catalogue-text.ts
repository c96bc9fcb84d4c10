// A catalogue file's text with one feature record added at the end of its `features`, written the way that file
// is (its own indentation unit, `{ "zh", "en" }` notes on one line), so a diff shows that record alone.

/** The file's indentation unit: the leading whitespace of its first key. */
export const indentUnit = (text: string): string => /\n([ \t]+)"/.exec(text)?.[1] ?? ' ';

/** The record as the catalogue files write it, indented for a place in `features`. */
export function formatRecord(record: object, unit = ' '): string {
  const text = JSON.stringify(record, null, unit)
    // Notes ({ zh, en }) sit on one line in the files.
    .replace(/"(note|countNote)": \{\n\s*"zh": ("(?:[^"\\]|\\.)*"),\n\s*"en": ("(?:[^"\\]|\\.)*")\n\s*\}/g, '"$1": { "zh": $2, "en": $3 }');
  return text.split('\n').map((line) => unit + unit + line).join('\n');
}

/** `text` with `record` appended to its `features` array (or its `frames`); throws when the file has none. */
export function withRecord(text: string, record: object, array: 'features' | 'frames' = 'features'): string {
  const unit = indentUnit(text);
  const key = `\n${unit}"${array}": [`;
  const open = text.indexOf(key);
  if (open < 0) throw new Error(`the catalogue file has no "${array}" array`);
  const start = open + key.length;
  if (text.startsWith(']', start)) return `${text.slice(0, start)}\n${formatRecord(record, unit)}\n${unit}${text.slice(start)}`;
  const close = text.indexOf(`\n${unit}]`, start);
  if (close < 0) throw new Error(`the catalogue file's "${array}" array is not closed`);
  return `${text.slice(0, close)},\n${formatRecord(record, unit)}${text.slice(close)}`;
}

/** The index just past the bracket that closes the one at `open` (strings and escapes skipped). */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced brackets');
}

/** `text` with `citation` added at the end of the `citations` of the record whose id is `id` (the last one, when the
 *  file adds citations to it in a second record), written the way the file is, so a diff shows the citation alone;
 *  throws when the file has no such record. */
export function withCitation(text: string, id: string, citation: object): string {
  const at = text.lastIndexOf(`"id": ${JSON.stringify(id)}`);
  if (at < 0) throw new Error(`no record «${id}» in the catalogue file`);
  const recordEnd = closingBracket(text, text.lastIndexOf('{', at));
  const key = text.indexOf('"citations": [', at);
  if (key < 0 || key > recordEnd) throw new Error(`the record «${id}» has no "citations"`);
  const close = closingBracket(text, text.indexOf('[', key)) - 1;
  const lineStart = text.lastIndexOf('\n', close) + 1;
  const indent = text.slice(lineStart, close);
  const unit = indentUnit(text);
  const body = JSON.stringify(citation, null, unit).split('\n').map((line) => indent + unit + line).join('\n');
  const last = text.slice(0, lineStart - 1).trimEnd();
  return last.endsWith('[') ? `${last}\n${body}\n${text.slice(lineStart)}` : `${last},\n${body}\n${text.slice(lineStart)}`;
}
