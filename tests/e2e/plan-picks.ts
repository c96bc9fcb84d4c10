// What a test needs of the corpus, picked from the plan registry and the site's own data by the property the
// test relies on (a plan that tells a story, a paragraph that writes its slogan, a plan whose text has tables),
// so that no test names a plan and the tests still hold when plans are added, replaced or reordered.
import type { APIRequestContext } from '@playwright/test';
import { loadRegistry } from '../../scripts/plans/load-registry';
import type { PlanEntry } from '../../src/lib/plans/plan-registry-types';
import type { Paragraph, PlanDocument } from '../../src/lib/documents/document-types';

/** The item with the largest `size` (the first of equals). */
export const most = <T>(items: T[], size: (item: T) => number): T => items.reduce((a, b) => (size(b) > size(a) ? b : a));

/** The registered plans, oldest first. */
export const registeredPlans = (): PlanEntry[] => loadRegistry().toSorted((a, b) => a.order - b.order);

export const registeredSeeds = (): string[] => registeredPlans().map((p) => p.id);

/** The latest plan whose registry entry names the frames that tell its story. */
export const storyPlan = (): PlanEntry => registeredPlans().filter((p) => p.story?.length).at(-1)!;

/** A pattern for a text that must contain `s` literally. */
export const literally = (s: string): RegExp => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The plan's title as the reader names its region (without the period in brackets). */
export const titlePattern = (plan: PlanEntry): RegExp => literally(plan.title.zh.split('（')[0]!);

export const planDocument = async (request: APIRequestContext, seed: string): Promise<PlanDocument> =>
  (await request.get(`data/documents/${seed}.json`)).json() as Promise<PlanDocument>;

export interface StoryPassage {
  plan: PlanEntry;
  doc: PlanDocument;
  /** The story's first frame, as the plan writes it (e.g. a numbered slogan). */
  slogan: string;
  /** The last body paragraph that writes the slogan: far enough into the text that opening it scrolls. */
  paragraph: Paragraph;
  /** The number of that paragraph's chapter as written (第二章, 一、…). */
  chapter: string;
  /** Three characters of that paragraph that the plan writes at least three times (for search in the text). */
  frequent: string;
}

export async function storyPassage(request: APIRequestContext): Promise<StoryPassage> {
  const plan = storyPlan();
  const frames = await (await request.get('data/frames.json')).json() as { id: string; name: { zh: string } }[];
  const slogan = frames.find((f) => f.id === plan.story![0])!.name.zh;
  const doc = await planDocument(request, plan.id);
  const paragraph = doc.paragraphs.filter((p) => !p.part && p.text.includes(slogan)).at(-1)!;
  const chapter = doc.headings.find((h) => h.id === paragraph.headingPath[0])!.number!;
  const count = (s: string) => doc.paragraphs.reduce((n, p) => n + p.text.split(s).length - 1, 0);
  const windows = [...paragraph.text].map((_, i) => paragraph.text.slice(i, i + 3)).filter((w) => /^\p{Script=Han}{3}$/u.test(w));
  const frequent = windows.find((w) => count(w) >= 3)!;
  return { plan, doc, slogan, paragraph, chapter, frequent };
}

/** The plan whose text holds the most table rows, with its document. */
export async function tablePlan(request: APIRequestContext): Promise<{ plan: PlanEntry; doc: PlanDocument }> {
  const docs = await Promise.all(registeredPlans().map(async (plan) => ({ plan, doc: await planDocument(request, plan.id) })));
  return most(docs, ({ doc }) => (doc.tables ?? []).reduce((n, t) => n + t.rows.length, 0));
}
