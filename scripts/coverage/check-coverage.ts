// npm run data:coverage — compiles the data (which writes public/data/coverage.json), prints the
// coverage per plan and chapter, and fails (exit 1) listing every unmapped mention without a reason.
// Usage: npx tsx scripts/coverage/check-coverage.ts [--chapters] [--unmapped]
import { compileData } from '../compile-data';
import { CatalogueError } from '../../src/lib/catalogue/build-catalogue';
import { unexplained } from '../../src/lib/coverage/coverage-report';
import { REASONS_FILE } from './coverage-build';

const args = new Set(process.argv.slice(2));
let result;
try {
  result = compileData();
} catch (e) {
  console.error(e instanceof CatalogueError ? e.message : e);
  process.exit(1);
}
const { coverage } = result;

for (const plan of coverage.plans) {
  const m = plan.mentions;
  console.log(`${plan.seed} ${plan.title}\n  ${plan.featureIds.length} features (${plan.descriptiveNames.length} with a descriptive name) · mentions: ${m.mapped} mapped, ${m.unmapped} unmapped (${m.unexplained} unexplained)`);
  if (!args.has('--chapters')) continue;
  for (const c of plan.chapters) {
    console.log(`    ${c.title.slice(0, 30)}: ${c.featureIds.length} features (${c.descriptiveNames.length} descriptive names), ${c.mapped} mapped, ${c.unmapped.length} unmapped`);
    if (args.has('--unmapped')) for (const u of c.unmapped) console.log(`      ${u.paragraphId} [${u.kind}] ${u.text} — ${u.reason ?? 'UNEXPLAINED'}`);
  }
}
if (coverage.unusedRules.length) console.log(`\nrules in ${REASONS_FILE} that match nothing:\n  ${coverage.unusedRules.join('\n  ')}`);

const missing = unexplained(coverage);
if (missing.length) {
  console.error(`\n${missing.length} unmapped mention(s) without a reason (add a feature to data/catalogue or a rule to ${REASONS_FILE}):`);
  for (const u of missing) console.error(`  ${u.seed} ${u.paragraphId} [${u.kind}] ${u.text}`);
  process.exit(1);
}
console.log('\nevery unmapped mention has a reason');
