// The real build, in memory: the parsed plans and the resolved catalogue exactly as compile-data.ts
// makes them, plus the coverage report — for tests and checks that must not write public/data.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { buildDocuments } from '../build-documents';
import type { BuiltCatalogue } from '../../src/lib/catalogue/build-catalogue';
import type { PlanDocument } from '../../src/lib/documents/document-types';
import type { CoverageReport } from '../../src/lib/coverage/coverage-types';
import { buildRepoCatalogue } from '../compile/repo-catalogue';
import { buildCoverage } from './coverage-build';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function buildFromRepo(): { documents: PlanDocument[]; catalogue: BuiltCatalogue; coverage: CoverageReport } {
  const documents = buildDocuments('.');
  const topology = readJson<Topology>('data/basemap/shanxi.topo.json');
  const catalogue = buildRepoCatalogue(documents, topology);
  return { documents, catalogue, coverage: buildCoverage(documents, catalogue.features, catalogue.frames) };
}
