// npm run plan:record-parse [-- <seed stem> …]: writes what the parser makes of each plan's text (`parsed` in
// data/plans/<stem>.json). Run it after a parser change whose effect on the plans has been reviewed: the unit
// test that compares every parse with its record then passes again, and the diff of the registry files is the
// review's record of what changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from './load-registry';
import { parsePlan } from '../build-documents';
import { parseRecord } from '../../src/lib/documents/parse-record';
import { formatPlanEntry } from '../../src/lib/plans/format-plan-entry';

const only = process.argv.slice(2);
for (const entry of loadRegistry()) {
  if (only.length && !only.includes(entry.id)) continue;
  const doc = parsePlan(entry, readFileSync(join('seeds', `${entry.id}.txt`), 'utf8'));
  const file = join('data/plans', `${entry.id}.json`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const before = JSON.stringify(raw.parsed);
  raw.parsed = parseRecord(doc);
  writeFileSync(file, formatPlanEntry(raw));
  console.log(`${file}: ${before === JSON.stringify(raw.parsed) ? 'unchanged' : 'parse record written'}`);
}
