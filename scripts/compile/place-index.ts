// Builds data/place-index.json: for every county and prefecture of the basemap, the catalogue features that
// cover, overlap, cross, contain or name it (from the same geometry the map shows) and the paragraphs of each
// plan that name it. Loaded on demand by the place dossier.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { PlanFeatureCollection } from '../../src/lib/catalogue/catalogue-types';
import type { PlanDocument } from '../../src/lib/documents/document-types';
import { findMentions, mentionForms, type MentionRules, type NamedUnit } from '../../src/lib/places/place-mentions';
import { relatePlaces, type RelatableFeature } from '../../src/lib/places/place-relations';
import type { PlaceIndexFile, PlaceTextHit } from '../../src/lib/places/place-index-types';
import { MERGES, RENAMES } from '../data/vintage';

interface AdminProps { adcode: string; name: string; names?: string[]; adcodes?: string[]; prefecture?: string; seat: [number, number] }
type AdminFeature = Feature<Polygon | MultiPolygon, AdminProps>;

const SNIPPET_BEFORE = 16;
const SNIPPET_AFTER = 28;

function adminUnits(topology: Topology, object: 'counties' | 'prefectures'): AdminFeature[] {
  return (feature(topology, topology.objects[object] as GeometryCollection) as unknown as { features: AdminFeature[] }).features;
}

export function buildPlaceIndex(topology: Topology, features: PlanFeatureCollection, documents: PlanDocument[], rules: MentionRules): PlaceIndexFile {
  const units = [...adminUnits(topology, 'prefectures'), ...adminUnits(topology, 'counties')];
  const formerNames = new Map(RENAMES.map((r) => [r.to, [r.fromName]]));
  const named: NamedUnit[] = units.map(({ properties: p }) => ({
    id: p.adcode,
    name: p.name,
    otherNames: [...(p.names ?? []), ...(formerNames.get(p.adcode) ?? [])],
    ...(p.prefecture ? { prefecture: p.prefecture } : {}),
  }));
  const forms = mentionForms(named, rules);
  const relatable: RelatableFeature[] = features.features.map((f) => ({
    id: f.properties.id,
    geometry: f.geometry,
    linear: f.properties.recipe === 'corridor' || f.properties.recipe === 'band',
    quotes: f.properties.citations.map((c) => c.quote),
  }));

  const shapes = units.map(({ properties: p, geometry }) => ({ id: p.adcode, geometry, seat: p.seat, mentions: forms.get(p.adcode) ?? [] }));
  const related = relatePlaces(shapes, relatable, rules.notMentions);
  const places: PlaceIndexFile['places'] = {};
  for (const { id, mentions } of shapes) {
    const links = related.get(id)!;
    places[id] = {
      links: links.map((l) => ({ f: l.feature, r: l.relation, ...(l.share !== undefined ? { s: l.share } : {}), ...(l.named ? { n: 1 as const } : {}) })),
      text: textHits(documents, mentions, rules.notMentions),
    };
  }
  return { places, aliases: aliasIds() };
}

function textHits(documents: PlanDocument[], mentions: string[], notMentions: string[]): PlaceTextHit[] {
  const hits: PlaceTextHit[] = [];
  for (const doc of documents) {
    for (const p of doc.paragraphs) {
      const [at] = findMentions(p.text, mentions, notMentions);
      if (at === undefined) continue;
      const start = Math.max(0, at - SNIPPET_BEFORE);
      const end = Math.min(p.text.length, at + SNIPPET_AFTER);
      hits.push({ seed: doc.id, p: p.id, snippet: `${start > 0 ? '…' : ''}${p.text.slice(start, end)}${end < p.text.length ? '…' : ''}` });
    }
  }
  return hits;
}

function aliasIds(): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const r of RENAMES) aliases[r.from] = r.to;
  for (const m of MERGES) {
    for (const source of m.from) aliases[source.code] = m.to;
    for (const code of m.adcodes ?? []) if (code !== m.to) aliases[code] = m.to;
  }
  return aliases;
}
