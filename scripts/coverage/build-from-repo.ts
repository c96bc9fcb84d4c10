// The real build, in memory: the parsed plans and the resolved catalogue exactly as compile-data.ts
// makes them, plus the coverage report — for tests and checks that must not write public/data.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildDocuments } from '../build-documents';
import { buildCatalogue, type BuiltCatalogue } from '../../src/lib/catalogue/build-catalogue';
import type { CatalogueFile } from '../../src/lib/catalogue/catalogue-input';
import type { PlanDocument } from '../../src/lib/documents/document-types';
import type { CoverageReport } from '../../src/lib/coverage/coverage-types';
import { topologyPlaceIndex } from '../../src/lib/geo/topology-place-index';
import { documentCitationResolver } from '../compile/citation-resolver';
import { buildCoverage } from './coverage-build';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function buildFromRepo(): { documents: PlanDocument[]; catalogue: BuiltCatalogue; coverage: CoverageReport } {
  const documents = buildDocuments('seeds');
  const topology = readJson<Topology>('data/basemap/shanxi.topo.json');
  const files = readdirSync('data/catalogue')
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, content: readJson<CatalogueFile>(join('data/catalogue', name)) }));
  const catalogue = buildCatalogue({
    files,
    resolveCitation: documentCitationResolver(documents),
    placeIndex: (places) => topologyPlaceIndex(topology, places),
  });
  return { documents, catalogue, coverage: buildCoverage(documents, catalogue.features, catalogue.frames) };
}
