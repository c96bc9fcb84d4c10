// A catalogue file's text with one feature record added at the end of its `features`, written the way the
// files are (one-space indentation, `{ "zh", "en" }` notes on one line), so a diff shows that record alone.

/** The record as the catalogue files write it, indented for a place in `features`. */
export function formatRecord(record: object, indent = '  '): string {
  const text = JSON.stringify(record, null, 1)
    // Notes ({ zh, en }) sit on one line in the files.
    .replace(/"(note|reasonZh)": \{\n\s*"zh": ("(?:[^"\\]|\\.)*"),\n\s*"en": ("(?:[^"\\]|\\.)*")\n\s*\}/g, '"$1": { "zh": $2, "en": $3 }');
  return text.split('\n').map((line) => indent + line).join('\n');
}

/** `text` with `record` appended to its `features` array; throws when the file has none. */
export function withFeatureRecord(text: string, record: object): string {
  const open = text.indexOf('\n "features": [');
  if (open < 0) throw new Error('the catalogue file has no "features" array');
  const start = open + '\n "features": ['.length;
  if (text.startsWith(']', start)) return `${text.slice(0, start)}\n${formatRecord(record)}\n ${text.slice(start)}`;
  const close = text.indexOf('\n ]', start);
  if (close < 0) throw new Error('the catalogue file\'s "features" array is not closed');
  return `${text.slice(0, close)},\n${formatRecord(record)}${text.slice(close)}`;
}
