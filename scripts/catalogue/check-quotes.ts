// Quick check used while authoring: every quote in a catalogue file occurs exactly once in its seed,
// ignoring line breaks (and the blank lines / indentation around them).
// Usage: npx tsx scripts/catalogue/check-quotes.ts data/catalogue/<stem>.json
import { readFileSync } from 'node:fs';

const flatten = (s: string) => s.replace(/[ \t\u3000]*\r?\n[\s\u3000]*/g, '');
const count = (hay: string, needle: string) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

let failures = 0;
for (const file of process.argv.slice(2)) {
  const cat = JSON.parse(readFileSync(file, 'utf8'));
  const items = [...(cat.features ?? []), ...(cat.frames ?? [])];
  for (const item of items) {
    for (const c of item.citations ?? []) {
      const seed = flatten(readFileSync(`seeds/${c.seed}.txt`, 'utf8'));
      const q = flatten(c.quote);
      const n = c.prefix ? count(seed, flatten(c.prefix) + q) : count(seed, q);
      if (n !== 1) {
        failures++;
        console.log(`${item.id}: quote found ${n}× in ${c.seed}: «${c.quote}»`);
      }
    }
  }
}
console.log(failures ? `${failures} bad quote(s)` : 'all quotes match exactly once');
process.exit(failures ? 1 : 0);
