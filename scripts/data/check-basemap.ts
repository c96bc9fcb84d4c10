/**
 * npm run data:check — fast validation of the committed basemap outputs (no network, no .cache,
 * no gmt): counts against the official list, seats, areas, shared-edge topology and border ranks,
 * rivers, overlay, data/sources.json entries and the gzip size budget. Exits 1 naming each problem.
 */
import { checkBasemap } from './basemap-checks.ts';
import { BUDGET_GZIP_BYTES } from './basemap-config.ts';

const { problems, stats } = checkBasemap(process.cwd());
const sizes = stats.sizes as { files: Array<{ file: string; raw: number; gzip: number }>; raw: number; gzip: number } | undefined;
if (sizes) {
  for (const f of sizes.files) console.log(`  ${f.file}: ${(f.raw / 1024).toFixed(1)} KB raw, ${(f.gzip / 1024).toFixed(1)} KB gzip`);
  console.log(`  total: ${(sizes.raw / 1024).toFixed(1)} KB raw, ${(sizes.gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGET_GZIP_BYTES / 1024} KB)`);
}
if (problems.length) {
  console.error(`✗ data:check: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `✓ data:check: ${stats.counties} county polygons (${stats.countyUnits} units), ${stats.prefectures} prefectures, ${stats.borders} border lines, ${stats.rivers} rivers, ${stats.overlayFeatures} overlay features; 太原 seat ${stats.taiyuanSeatKm} km from reference`,
);
