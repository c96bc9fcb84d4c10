import { test, expect } from './warm-atlas';
import { literally, most, registeredSeeds, storyPlan } from './plan-picks';

test('the coverage view lists, per chapter, the features on the map and the mentions left off, with reasons', async ({ warm: atlas }) => {
  const page = atlas.page;
  const plan = storyPlan().id;
  await atlas.open(`#doc=${plan}`);
  await expect(atlas.reader()).toBeVisible();
  const published = await atlas.publishedCoverage(plan);

  await atlas.toggleCoverage();
  const panel = atlas.coveragePanel();
  await expect(panel.getByTestId('coverage-summary')).toHaveText(
    `${published.featureIds.length} 个要素 · ${published.mentions.mapped} 处提及已上图 · ${published.mentions.unmapped} 处未上图`,
  );
  await expect(panel.locator('details.coverage-chapter')).toHaveCount(published.chapters.length);

  // The chapter with the most features (the layout), with mentions left off: features as buttons, mentions with reasons.
  const chapterData = most(published.chapters.filter((c) => c.unmapped.length), (c) => c.featureIds.length);
  const chapter = await atlas.coverageChapter(literally(chapterData.title));
  await expect(chapter.locator('.coverage-features button')).toHaveCount(chapterData.featureIds.length);
  const first = chapterData.unmapped[0];
  const mention = chapter.locator('.coverage-unmapped li').filter({ has: page.locator('button', { hasText: first.text }) }).first();
  await expect(mention.locator('.coverage-reason')).not.toBeEmpty();
  await atlas.screenshot('coverage-zh');

  // A mention leads to its paragraph, where the words are underlined with the reason as a tooltip.
  await mention.getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`p=${first.paragraphId}`));
  const target = atlas.reader().locator(`[data-paragraph="${first.paragraphId}"]`);
  await expect(target).toBeInViewport();
  await expect.poll(() => atlas.unmappedMarksIn(first.paragraphId)).toContainEqual({ text: first.text, title: expect.stringMatching(/^未上图：.+/) });
  await atlas.screenshot('coverage-marks-zh');

  // A feature button selects the feature on the map.
  if (await panel.isHidden()) await atlas.toggleCoverage(); // on a phone the list gives way to the text
  const featureButton = (await atlas.coverageChapter(literally(chapterData.title))).locator('.coverage-features button').first();
  const name = (await featureButton.textContent())!.replace('◉', '').trim();
  await featureButton.click();
  await expect(atlas.reader()).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`f=${chapterData.featureIds[0]}`));
  await expect(page.getByRole('heading', { name })).toBeVisible();
  atlas.expectClean();
});

test('in English, reasons are English; the view switches off and takes its marks with it', async ({ warm: atlas }) => {
  // The plan with the most mentions left off, its chapter with the most, and their commonest reason.
  const plans = await Promise.all(registeredSeeds().map((seed) => atlas.publishedCoverage(seed)));
  const published = most(plans, (p) => p.mentions.unmapped);
  const chapterData = most(published.chapters, (c) => c.unmapped.length);
  const reasons = chapterData.unmapped.map((u) => u.reason!);
  const commonest = most(reasons, (r) => reasons.filter((x) => x === r).length);
  await atlas.open(`#doc=${published.seed}&lang=en`);
  await expect(atlas.reader()).toBeVisible();
  await atlas.toggleCoverage();
  await expect(atlas.coveragePanel().getByTestId('coverage-summary')).toContainText(`${published.featureIds.length} features`);

  const chapter = await atlas.coverageChapter(literally(chapterData.title));
  await expect(chapter.getByText(commonest).first()).toBeVisible();
  await expect(chapter.getByRole('heading', { name: /Spatial mentions not on the map/ })).toBeVisible();
  await expect(atlas.reader().locator('.unmapped-mention').first()).toBeAttached();
  // A tap (or Enter) shows a mention's reason after it: not only on hover.
  const mention = atlas.reader().locator('.unmapped-mention').first();
  await mention.scrollIntoViewIfNeeded();
  const reason = (await mention.getAttribute('title'))!;
  expect(reason).toMatch(/^Not on the map: ./);
  await mention.click();
  await expect(mention).toHaveAttribute('aria-expanded', 'true');
  await expect(atlas.reader().locator('.unmapped-reason').first()).toHaveText(`（${reason}）`);
  await atlas.screenshot('coverage-en');

  // Pressed again, the view closes.
  await atlas.toggleCoverage();
  await expect(atlas.coveragePanel()).toBeHidden();
  await expect(atlas.reader().locator('.unmapped-mention')).toHaveCount(0);
  atlas.expectClean();
});
