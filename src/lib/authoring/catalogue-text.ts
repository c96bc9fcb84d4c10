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

/** `text` with `record` appended to its `features` array; throws when the file has none. */
export function withFeatureRecord(text: string, record: object): string {
  const unit = indentUnit(text);
  const key = `\n${unit}"features": [`;
  const open = text.indexOf(key);
  if (open < 0) throw new Error('the catalogue file has no "features" array');
  const start = open + key.length;
  if (text.startsWith(']', start)) return `${text.slice(0, start)}\n${formatRecord(record, unit)}\n${unit}${text.slice(start)}`;
  const close = text.indexOf(`\n${unit}]`, start);
  if (close < 0) throw new Error('the catalogue file\'s "features" array is not closed');
  return `${text.slice(0, close)},\n${formatRecord(record, unit)}${text.slice(close)}`;
}
