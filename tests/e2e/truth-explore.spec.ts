import { readFileSync } from 'node:fs';
import { test, expect } from './warm-atlas';
import { AtlasDriver } from './atlas-driver';
import { INFERRED_MARK } from '../../src/lib/catalogue/frame-labels';

// Which features to look at is read from the built data, not written here.
interface Props { id: string; name: { zh: string }; kind: string; descriptiveName?: boolean; aliases?: string[]; frames: { frame: string; label: string; inferred?: boolean }[] }
const features = (JSON.parse(readFileSync(`${process.env.ATLAS_DIST ?? 'dist-e2e'}/data/features.geojson`, 'utf8')) as { features: { properties: Props }[] })
  .features.map((f) => f.properties);
const byName = (zh: string) => features.find((f) => f.name.zh === zh)!;
interface Frame { id: string; name: { zh: string }; groups: { label: string; members: string[]; inferred?: unknown }[] }
const frames = JSON.parse(readFileSync(`${process.env.ATLAS_DIST ?? 'dist-e2e'}/data/frames.json`, 'utf8')) as Frame[];

// A link with a selection loads the live map by itself; on a loaded machine that can take a while.
test.setTimeout(300_000);
async function openLive(atlas: AtlasDriver, hash: string) {
  await atlas.open(hash, { keepPreview: true });
  await atlas.page.locator('.maplibregl-canvas').waitFor({ timeout: 150_000 });
  await atlas.mapIdle();
}

// Screenshot tests are tagged @phone: the panel is a bottom sheet there, and both layouts are looked at.
test('a descriptive name is marked in the panel title and in search results', { tag: '@phone' }, async ({ warm: atlas }) => {
  const page = atlas.page;
  const flagged = features.find((f) => f.descriptiveName && /城镇圈/.test(f.name.zh)) ?? features.find((f) => f.descriptiveName)!;
  await openLive(atlas, `#f=${flagged.id}`);
  const title = atlas.panel().getByRole('heading', { level: 2 });
  await expect(title).toContainText(flagged.name.zh);
  await expect(title.locator('.descriptive-tag')).toHaveText(/描述性名称 \/ descriptive name/);
  await expect(title.locator('.descriptive-name')).toHaveCSS('text-decoration-style', 'dotted');
  await atlas.screenshot('descriptive-name');

  await atlas.search(flagged.name.zh.slice(-5));
  await expect(page.locator('.search-option-feature .descriptive-tag').first()).toBeVisible();
  await atlas.screenshot('descriptive-name-search');
});

test('a merged id still opens its feature; 七河 and 太原都市圈 drawn inside Shanxi', async ({ warm: atlas }) => {
  const page = atlas.page;
  const merged = features.find((f) => f.aliases?.length)!;
  await openLive(atlas, `#f=${merged.aliases![0]}`);
  await expect(atlas.panel().getByRole('heading', { level: 2 })).toContainText(merged.name.zh);
  await expect(page).toHaveURL(new RegExp(`#f=${merged.id}`));

  // The 七河 frame's layer alone, with its 漳河 selected; 太原都市圈 on the default layers.
  const sevenRivers = frames.find((f) => f.name.zh === '七河')!;
  for (const [zh, shot, layers] of [['漳河', 'seven-rivers', `&l=${sevenRivers.id}`], ['太原都市圈', 'taiyuan-metropolitan-circle', '']] as const) {
    await openLive(atlas, `#f=${byName(zh).id}${layers}`);
    await expect(atlas.panel().getByRole('heading', { level: 2 })).toContainText(zh);
    await atlas.mapIdle();
    await atlas.screenshot(shot);
  }
});

test('a frame part the text does not name says "inferred" where the panel lists its frame', async ({ warm: atlas }) => {
  const member = features.find((f) => f.frames.some((m) => m.inferred))!;
  const membership = member.frames.find((m) => m.inferred)!;
  await openLive(atlas, `#f=${member.id}&l=${membership.frame}`);
  await expect(atlas.panel().getByRole('heading', { level: 2 })).toContainText(member.name.zh);
  const role = atlas.panel().locator('.frame-link-role').filter({ hasText: INFERRED_MARK.all.zh }).first();
  await expect(role).toHaveText(membership.label);
  await role.scrollIntoViewIfNeeded();
  await atlas.mapIdle();
  await atlas.screenshot('inferred-frame-part');
});

test('frames added from the texts list and draw all their parts', async ({ warm: atlas }) => {
  const panel = atlas.panel();
  // Two of the frames the review found missing (issue 15): a corridor frame and an axes-and-towns frame.
  for (const [zh, shot] of [['三条旅游廊带', 'frame-tourism-corridors'], ['两轴连三城', 'frame-two-axes-three-towns']] as const) {
    const frame = frames.find((f) => f.name.zh === zh)!;
    const members = frame.groups.flatMap((g) => g.members);
    await openLive(atlas, `#f=${members[0]}&l=${frame.id}`);
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(features.find((f) => f.id === members[0])!.name.zh);
    await panel.locator('.frame-link', { hasText: zh }).click();
    await expect(panel.locator('.frame-parts').getByRole('button')).toHaveCount(members.length);
    await atlas.mapIdle();
    const drawn = await atlas.renderedPlanIds();
    expect(drawn.filter((id) => members.includes(id)).length, `${zh}: parts drawn in view`).toBeGreaterThan(1);
    await atlas.mapIdle();
    await atlas.screenshot(shot);
  }
});
