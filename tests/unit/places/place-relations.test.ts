// Place relations on a toy world: two square "counties" side by side, and shapes placed over them.
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { relatePlaces, type PlaceLink, type PlaceShape, type RelatableFeature } from '../../../src/lib/places/place-relations';

const square = (x0: number, y0: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]],
});
// West county [112,113]×[37,38], seat near its west edge; east county [113,114]×[37,38].
const west: PlaceShape = { id: 'W', geometry: square(112, 37, 1), seat: [112.2, 37.5], mentions: ['西县', '西'] };
const east: PlaceShape = { id: 'E', geometry: square(113, 37, 1), seat: [113.5, 37.5], mentions: ['东县'] };
const feature = (id: string, geometry: RelatableFeature['geometry'], extra: Partial<RelatableFeature> = {}): RelatableFeature =>
  ({ id, geometry, linear: false, quotes: [], ...extra });

const relate = (features: RelatableFeature[]) => relatePlaces([west, east], features);
const linkOf = (links: Map<string, PlaceLink[]>, place: string, f: string) =>
  links.get(place)!.find((l) => l.feature === f);

describe('place relations', () => {
  it('a polygon over 40 % of the west county overlaps it (seat outside) and covers the east county', () => {
    const links = relate([feature('half', square(112.6, 37, 1.4))]);
    const w = linkOf(links, 'W', 'half')!;
    expect(w.relation).toBe('overlaps');
    expect(w.share).toBeGreaterThan(0.35);
    expect(w.share).toBeLessThan(0.45);
    expect(linkOf(links, 'E', 'half')).toMatchObject({ relation: 'covers', share: 1 });
  });

  it('a small polygon around a seat covers its county (seat rule), one far away relates to nothing', () => {
    const links = relate([feature('seat', square(112.15, 37.45, 0.1)), feature('far', square(120, 30, 1))]);
    expect(linkOf(links, 'W', 'seat')?.relation).toBe('covers');
    expect(linkOf(links, 'E', 'seat')).toBeUndefined();
    expect(links.get('W')!.some((l) => l.feature === 'far')).toBe(false);
  });

  it('a line crossing both counties crosses both; a corridor drawn around it crosses rather than covers', () => {
    const line = feature('rail', { type: 'LineString', coordinates: [[111.5, 37.5], [114.5, 37.6]] });
    const corridor = feature('band', square(112, 37.4, 2), { linear: true });
    const links = relate([line, corridor]);
    expect(linkOf(links, 'W', 'rail')?.relation).toBe('crosses');
    expect(linkOf(links, 'E', 'rail')?.relation).toBe('crosses');
    expect(linkOf(links, 'E', 'band')?.relation).toBe('crosses');
  });

  it('a point inside a county is contained by it only', () => {
    const links = relate([feature('site', { type: 'MultiPoint', coordinates: [[113.2, 37.2], [130, 40]] })]);
    expect(linkOf(links, 'E', 'site')?.relation).toBe('contains');
    expect(linkOf(links, 'W', 'site')).toBeUndefined();
  });

  it('names a place from quotes, and marks a geometric relation that is also named', () => {
    const links = relate([
      feature('quoted', null, { quotes: ['推动东县发展'] }),
      feature('both', square(113.4, 37.4, 0.2), { quotes: ['东县城区'] }),
      feature('none', null, { quotes: ['与此无关'] }),
    ]);
    expect(linkOf(links, 'E', 'quoted')).toEqual({ feature: 'quoted', relation: 'names' });
    expect(linkOf(links, 'E', 'both')).toMatchObject({ relation: 'covers', named: true });
    expect(linkOf(links, 'E', 'none')).toBeUndefined();
  });

  it('skips words that contain a form without naming the place', () => {
    const links = relatePlaces([west], [feature('idiom', null, { quotes: ['西山之西'] })], ['西山之西']);
    expect(links.get('W')).toEqual([]);
  });
});
