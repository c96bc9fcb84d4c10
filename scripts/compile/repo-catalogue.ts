// The catalogue files in data/catalogue resolved against the plans and the basemap: the one place
// that does it, for compile-data.ts and for checks that build in memory.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildCatalogue, type BuiltCatalogue } from '../../src/lib/catalogue/build-catalogue';
import type { CatalogueFile } from '../../src/lib/catalogue/catalogue-input';
import type { PlanDocument } from '../../src/lib/documents/document-types';
import { topologyPlaceIndex } from '../../src/lib/geo/topology-place-index';
import { documentCitationResolver } from './citation-resolver';

export function buildRepoCatalogue(documents: PlanDocument[], topology: Topology, dir = 'data/catalogue'): BuiltCatalogue {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, content: JSON.parse(readFileSync(join(dir, name), 'utf8')) as CatalogueFile }));
  return buildCatalogue({
    files,
    resolveCitation: documentCitationResolver(documents),
    placeIndex: (places) => topologyPlaceIndex(topology, places),
  });
}
