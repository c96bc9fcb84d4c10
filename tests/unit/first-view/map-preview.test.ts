// The static first view: the picture made from the compiled data shows the default layers and only them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { previewSvg } from '../../../src/lib/svg-map/preview-svg';
import { visibleFeatureIds } from '../../../src/lib/catalogue/layer-visibility';
import { firstLayers as DEFAULT_LAYERS } from '../plans/registry-data';
import { compiledCatalogue } from '../present/catalogue-fixture';

describe('the preview made from the compiled data', () => {
  const topology = JSON.parse(readFileSync('public/data/basemap.topo.json', 'utf8')) as Topology;
  const overlay = JSON.parse(readFileSync('public/data/overlay.json', 'utf8')) as FeatureCollection;
  const { features } = compiledCatalogue();
  const zh = previewSvg({ topology, overlay }, features.features, 'zh', DEFAULT_LAYERS);
  const en = previewSvg({ topology, overlay }, features.features, 'en', DEFAULT_LAYERS);

  it('names the default layers\' areas and the prefecture seats, in the chosen language', () => {
    const shown = new Set(visibleFeatureIds(features.features, DEFAULT_LAYERS, null));
    const cluster = features.features.find((f) => shown.has(f.properties.id) && f.properties.name.zh === '山西中部城市群');
    expect(cluster).toBeDefined();
    expect(zh).toContain('>山西中部城市群<');
    expect(en).toContain(`>${cluster!.properties.name.en}<`);
    const seats = feature(topology, topology.objects.prefectures as GeometryCollection).features.length;
    expect(zh.match(/市</g)?.length).toBeGreaterThanOrEqual(seats);
    expect(zh).toContain('>太原市<');
    expect(en).toContain('>Taiyuan<');
  });

  it('draws nothing from layers that are off at first', () => {
    const hidden = features.features.filter((f) => !visibleFeatureIds(features.features, DEFAULT_LAYERS, null).includes(f.properties.id));
    const hiddenName = hidden.find((f) => f.geometry && !zh.includes(f.properties.name.zh) && f.properties.name.zh.length > 4);
    expect(hiddenName).toBeDefined(); // a hidden feature exists whose name is absent
    const shownCount = (zh.match(/fill-opacity="0.1"/g) ?? []).length;
    const areas = visibleFeatureIds(features.features, DEFAULT_LAYERS, null)
      .map((id) => features.features.find((f) => f.properties.id === id)!)
      .filter((f) => f.geometry?.type.includes('Polygon')).length;
    expect(shownCount).toBe(areas);
  });

  it('stays a small, well-formed file: under 30 KB gzip, one root, no script', () => {
    expect(gzipSync(zh).length).toBeLessThan(30_000);
    expect(zh.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(zh.endsWith('</svg>')).toBe(true);
    expect(zh).not.toMatch(/<script|on[a-z]+=/i);
    expect(zh).not.toMatch(/NaN|undefined/);
  });

  it('escapes names, so data can never become markup', () => {
    const hostile = structuredClone(features.features.find((f) => visibleFeatureIds([f], DEFAULT_LAYERS, null).length && f.geometry?.type.includes('Polygon'))!);
    hostile.properties.name = { zh: '<script>alert(1)</script>', en: '"><img src=x onerror=alert(1)>' };
    const svg = previewSvg({ topology, overlay }, [hostile], 'en', DEFAULT_LAYERS) + previewSvg({ topology, overlay }, [hostile], 'zh', DEFAULT_LAYERS);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&#60;script&#62;');
  });
});
