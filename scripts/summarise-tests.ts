// Reads the step list and the vitest/Playwright JSON reports and prints "N passed, N failed".
// Exits non-zero when anything failed or a report is missing.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const problems: string[] = [];

for (const line of readFileSync('reports/steps.txt', 'utf8').split('\n').filter(Boolean)) {
  if (line.endsWith(' passed')) passed++;
  else { failed++; problems.push(line); }
}

if (existsSync('reports/unit.json')) {
  const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  // A file that failed with none of its tests failing did not run (an import or setup error): one failure each.
  const unrun = (unit.testResults as { status: string; assertionResults: { status: string }[] }[])
    .filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed')).length;
  if (unrun) { failed += unrun; problems.push(`${unrun} unit test file(s) failed to run`); }
  if (unit.numFailedTests) problems.push(`${unit.numFailedTests} unit test(s) failed`);
} else { failed++; problems.push('no unit test report'); }

interface Spec { title: string; tests: { projectName: string; results: { status: string }[] }[] }
interface Suite { specs?: Spec[]; suites?: Suite[] }
const walk = (s: Suite): Spec[] => [...(s.specs ?? []), ...(s.suites ?? []).flatMap(walk)];
if (existsSync('reports/e2e.json')) {
  const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
  for (const spec of (e2e.suites ?? []).flatMap(walk)) {
    for (const test of spec.tests) {
      const last = test.results.at(-1)?.status;
      if (last === 'passed') passed++;
      else if (last === 'skipped') continue;
      else { failed++; problems.push(`e2e ${test.projectName}: ${spec.title} (${last})`); }
    }
  }
  if (e2e.errors?.length) { failed += e2e.errors.length; problems.push(...e2e.errors.map((e: { message: string }) => e.message.slice(0, 200))); }
} else { failed++; problems.push('no end-to-end report'); }

for (const p of problems) console.log(`  ✗ ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
