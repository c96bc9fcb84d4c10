// The coverage report from the parsed plans and the built catalogue, with the lexicon taken from the
// committed basemap (prefectures, counties, rivers) and its overlay (mountains, lakes), and the reasons
// for unmapped mentions from data/coverage/reasons.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlanDocument } from '../../src/lib/documents/document-types';
import type { PlanFeatureCollection, PlanFrame } from '../../src/lib/catalogue/catalogue-types';
import type { CoverageReport, ReasonRule } from '../../src/lib/coverage/coverage-types';
import { buildLexicon, type LexiconInput } from '../../src/lib/coverage/mention-lexicon';
import { buildCoverageReport } from '../../src/lib/coverage/coverage-report';

export const REASONS_FILE = 'data/coverage/reasons.json';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The place names the basemap knows, from the project at `root` (the working directory by default). */
export function basemapLexiconInput(root = '.'): LexiconInput {
  const topology = readJson<Topology>(join(root, 'data/basemap/shanxi.topo.json'));
  const overlay = readJson<FeatureCollection>(join(root, 'data/basemap/overlay.json'));
  type Named = { name?: string; names?: string[] };
  const props = (o: string): Named[] => (topology.objects[o] as GeometryCollection<Named>).geometries.map((g) => g.properties ?? {});
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
  const layer = (...layers: string[]) => overlay.features.filter((f) => layers.includes(f.properties?.layer)).map((f) => f.properties?.name as string | undefined);
  return {
    prefectures: uniq(props('prefectures').map((p) => p.name)),
    counties: uniq(props('counties').flatMap((p) => p.names ?? [p.name])),
    rivers: uniq([...props('rivers').map((p) => p.name), ...layer('river-label')]),
    mountains: uniq(layer('mountain')),
    lakes: uniq(layer('lake', 'wetland')),
  };
}

export function buildCoverage(documents: PlanDocument[], features: PlanFeatureCollection, frames: PlanFrame[] = []): CoverageReport {
  return buildCoverageReport({
    documents,
    features: features.features.map((f) => f.properties),
    frameNames: frames.map((f) => f.name.zh),
    lexicon: buildLexicon(basemapLexiconInput()),
    reasons: readJson<ReasonRule[]>(REASONS_FILE),
  });
}
