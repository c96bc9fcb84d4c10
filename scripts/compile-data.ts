// Compiles everything the site serves under data/: the structured plans, the catalogue with every
// quote verified and every geometry resolved, the basemap and the data-source list.
// Fails (exit 1) naming the item and the problem when a quote or recipe does not resolve, or when the
// plan registry (data/plans/) has a problem. Everything plan-specific comes from the registry.
// Usage: npx tsx scripts/compile-data.ts [--out public/data] [--no-fonts]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildDocuments, writeDocuments } from './build-documents';
import { CatalogueError } from '../src/lib/catalogue/build-catalogue';
import { buildRepoCatalogue, readCatalogueFiles } from './compile/repo-catalogue';
import { diskGeometryMemo } from './compile/geometry-cache';
import { romanizeTopology } from './compile/romanize-topology';
import { romanizeOverlay } from './compile/romanize-overlay';
import { writeCatalogue } from './compile/write-catalogue';
import { locatorPaths } from '../src/lib/geo/locator-paths';
import { previewSvg } from '../src/lib/svg-map/preview-svg';
import { previewHits } from '../src/lib/svg-map/preview-hits';
import { buildSearchIndex, writeTextIndex } from './compile/search-index';
import { buildPlaceIndex } from './compile/place-index';
import { shardPlaceIndex } from '../src/lib/places/place-index-types';
import { bilingualSources } from './compile/bilingual-sources';
import { validateGlossary } from '../src/lib/glossary/validate-glossary';
import { alignRiverNames } from './compile/align-river-names';
import { buildCoverage } from './coverage/coverage-build';
import type { CoverageReport } from '../src/lib/coverage/coverage-types';
import { collectMapLabels, type MapLabels } from './compile/map-labels';
import { buildMapFonts } from './compile/map-fonts';
import { loadRegistry, RegistryError } from './plans/load-registry';
import { defaultLayers, planSummaries, withPlanFrames, type PlanSummary } from '../src/lib/plans/plan-summary';
import type { PlanFrame } from '../src/lib/catalogue/catalogue-types';

const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : 'public/data';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const writeJson = (name: string, value: unknown) => writeFileSync(join(OUT, name), JSON.stringify(value));

export function compileData(): { features: number; frames: number; documents: number; coverage: CoverageReport; labels: MapLabels } {
  mkdirSync(OUT, { recursive: true });
  const registry = loadRegistry();
  const plans = planSummaries(registry);
  const documents = buildDocuments('.', registry);
  writeDocuments(documents, registry, join(OUT, 'documents'));

  const topology = romanizeTopology(readJson<Topology>('data/basemap/shanxi.topo.json'));
  const geometry = diskGeometryMemo(topology);
  let catalogue;
  try {
    catalogue = buildRepoCatalogue(documents, topology, 'data/catalogue', readCatalogueFiles(), geometry.memo);
  } finally {
    geometry.save(); // what was computed holds even when the catalogue has a problem to fix
  }

  checkStories(plans, catalogue.frames);
  const firstLayers = defaultLayers(plans);

  const overlay = alignRiverNames(topology, romanizeOverlay(readJson('data/basemap/overlay.json')), catalogue.features.features);
  writeCatalogue(OUT, catalogue.features, catalogue.frames, topology, plans.map((p) => p.id));
  const coverage = buildCoverage(documents, catalogue.features, catalogue.frames);
  writeJson('coverage.json', coverage);
  writeJson('basemap.topo.json', topology);
  mkdirSync(join(OUT, 'place-index'), { recursive: true });
  const placeIndex = buildPlaceIndex(topology, catalogue.features, documents, readJson('data/places/mention-rules.json'));
  for (const [shard, part] of shardPlaceIndex(placeIndex)) writeJson(`place-index/${shard}.json`, part);
  writeJson('search-index.json', buildSearchIndex(topology, catalogue.features, documents, [...plans].reverse(), catalogue.frames));
  writeTextIndex(join(OUT, 'search'), documents, [...plans].reverse());
  writeJson('overlay.json', overlay);
  // The first view as a picture, shown until the interactive map is wanted (one per language).
  for (const lang of ['zh', 'en'] as const) writeFileSync(join(OUT, `preview-${lang}.svg`), previewSvg({ topology, overlay }, catalogue.features.features, lang, firstLayers));
  // What a tap on the picture hits: the same drawing's plan features, in the picture's units.
  writeJson('preview-hits.json', previewHits({ topology, overlay }, catalogue.features.features, previewSvg({ topology, overlay }, catalogue.features.features, 'zh', firstLayers), firstLayers));
  writeJson('locator.json', locatorPaths(readJson('data/basemap/china-outline.json')));
  writeJson('sources.json', bilingualSources(readJson('data/sources.json'), readJson('data/sources.zh.json')));
  writeJson('plans.json', withPlanFrames(plans, catalogue.frames));
  writeJson('glossary.json', checkedGlossary(readJson('data/glossary.json')));
  const labels = collectMapLabels(topology, overlay, catalogue.features, firstLayers);
  return { features: catalogue.features.features.length, frames: catalogue.frames.length, documents: documents.length, coverage, labels };
}

/** A story frame is a frame of its own plan (data/plans/<seed>.json, `story`). */
function checkStories(plans: PlanSummary[], frames: PlanFrame[]): void {
  const problems = plans.flatMap((p) => (p.story ?? []).flatMap((id) => {
    const frame = frames.find((f) => f.id === id);
    if (!frame) return [`data/plans/${p.id}.json: story: no frame ${id} in the catalogue`];
    return frame.seed === p.id ? [] : [`data/plans/${p.id}.json: story: frame ${id} belongs to ${frame.seed}`];
  }));
  if (problems.length) throw new RegistryError(problems);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const counts = compileData();
    console.log(`data compiled into ${OUT}: ${counts.documents} documents, ${counts.features} features, ${counts.frames} frames`);
    if (process.argv.includes('--no-fonts')) process.exit(0);
    // The map's font, cut to its labels, beside the data (public/fonts).
    const fonts = await buildMapFonts(counts.labels, join(dirname(OUT), 'fonts'));
    console.log(`map font: ${fonts.faces.map((f) => f.file).join(', ')}${fonts.absent.length ? `; not in Noto Sans SC: ${fonts.absent.join('')}` : ''}`);
  } catch (e) {
    console.error(e instanceof CatalogueError || e instanceof RegistryError ? e.message : e);
    process.exit(1);
  }
}

/** The glossary, or the compile fails naming each problem. */
function checkedGlossary(raw: unknown): unknown {
  const { glossary, errors } = validateGlossary(raw);
  if (!glossary) throw new Error(`data/glossary.json:\n${errors.join('\n')}`);
  return glossary;
}
