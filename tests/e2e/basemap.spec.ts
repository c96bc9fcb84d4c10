import { test, expect } from './warm-atlas';

const TAIYUAN: [number, number] = [112.55, 37.87];

test('the basemap renders Shanxi offline, with Chinese labels drawn from the embedded font', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();

  const atTaiyuan = await atlas.renderedAt(TAIYUAN, ['province-fill', 'prefecture-seats', 'prefecture-labels'], 12);
  expect(atTaiyuan.map((f) => f.layer)).toEqual(expect.arrayContaining(['province-fill', 'prefecture-seats']));
  expect(atTaiyuan.find((f) => f.layer === 'prefecture-labels')?.name).toBe('太原市');
  expect(await atlas.inkShare()).toBeGreaterThan(0.1);

  // The map drew its CJK labels with the self-hosted Noto Sans SC subsets, not system fonts.
  const fontRequests = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)))
    .filter((u) => /\/fonts\/noto-sans-sc-[\w-]+\.woff2$/.test(u));
  expect(fontRequests.length).toBeGreaterThan(0);
  const loadedFaces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
  expect(loadedFaces).toBeGreaterThan(0);

  await atlas.screenshot('basemap');
  atlas.expectClean();
});

test('labels are real glyphs, not tofu boxes: two different characters draw differently', async ({ warm: atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.mapIdle();
  const crops = await page.evaluate(async () => {
    const map = window.__atlasMap!;
    const chars = ['晋', '汾'];
    map.addSource('glyph-probe', {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: chars.map((c, i) => ({ type: 'Feature', properties: { c }, geometry: { type: 'Point', coordinates: map.unproject([80 + i * 80, 80]).toArray() } })) },
    });
    map.addLayer({ id: 'glyph-probe', type: 'symbol', source: 'glyph-probe', layout: { 'text-field': ['get', 'c'], 'text-font': ['Noto Sans SC Regular'], 'text-size': 40, 'text-allow-overlap': true, 'text-ignore-placement': true }, paint: { 'text-color': '#000' } });
    map.addLayer({ id: 'glyph-probe-bg', type: 'background', paint: { 'background-color': '#fff' } }, 'glyph-probe');
    await new Promise<void>((done) => map.once('idle', () => done()));
    const canvas = map.getCanvas();
    const ratio = canvas.width / canvas.clientWidth;
    const copy = document.createElement('canvas');
    copy.width = canvas.width; copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const result = chars.map((_, i) => {
      const size = Math.round(56 * ratio);
      const { data } = ctx.getImageData(Math.round((80 + i * 80) * ratio - size / 2), Math.round(80 * ratio - size / 2), size, size);
      const bits: number[] = [];
      for (let j = 0; j < data.length; j += 4) bits.push(data[j] < 128 ? 1 : 0);
      return bits;
    });
    map.removeLayer('glyph-probe-bg');
    map.removeLayer('glyph-probe');
    map.removeSource('glyph-probe');
    return result;
  });
  const ink = crops.map((bits) => bits.reduce((a, b) => a + b, 0));
  expect(ink[0]).toBeGreaterThan(20);
  expect(ink[1]).toBeGreaterThan(20);
  const differing = crops[0].filter((b, i) => b !== crops[1][i]).length;
  expect(differing / crops[0].length).toBeGreaterThan(0.05);
});
