// The authoring server's work: a drafted feature checked by the build itself (the catalogue built in memory
// with the record added: the same messages as `npm run data:compile`; the slow geometry checks of what did not
// change are remembered between drafts and between runs: compile/geometry-cache), then written into its plan's
// catalogue file and the map's data recompiled. `root` is the project (or a copy of its data: data/, seeds/, public/).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findCandidates, type Candidate } from '../../src/lib/plans/find-candidates';
import { buildLexicon } from '../../src/lib/coverage/mention-lexicon';
import { basemapLexiconInput } from '../coverage/coverage-build';
import { fullNames } from '../plan-add';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { buildDocuments } from '../build-documents';
import { buildRepoCatalogue, readCatalogueFiles } from '../compile/repo-catalogue';
import { romanizeTopology } from '../compile/romanize-topology';
import { writeCatalogue } from '../compile/write-catalogue';
import { buildSearchIndex } from '../compile/search-index';
import { loadRegistry } from '../plans/load-registry';
import { planSummaries, withPlanFrames } from '../../src/lib/plans/plan-summary';
import { CatalogueError, type BuiltCatalogue } from '../../src/lib/catalogue/build-catalogue';
import type { CatalogueFile, InputCitation, InputFeature, InputFrame } from '../../src/lib/catalogue/catalogue-input';
import { withCitation, withRecord } from '../../src/lib/authoring/catalogue-text';
import { diskGeometryMemo, type DiskGeometryMemo } from '../compile/geometry-cache';

export interface DraftOutcome { problems: string[]; file?: string }

export type CandidateDecision = 'accepted' | 'rejected';
/** A candidate (lib/plans/find-candidates) with its key and the decision taken on it, if any. */
export type ReviewedCandidate = Candidate & { key: string; decision?: CandidateDecision };

/** What the authoring panel offers to build a shape from: the basemap's rivers and the catalogue's named places. */
export interface AuthorOptions { rivers: string[]; places: string[] }

export class AuthorSession {
  private parsed?: ReturnType<typeof buildDocuments>;
  private basemap?: Topology;
  private geometry?: DiskGeometryMemo;

  constructor(readonly root: string) {}

  /** The plans parsed once, at the first use (as `data:compile` parses them). */
  private get documents(): ReturnType<typeof buildDocuments> {
    return (this.parsed ??= buildDocuments(this.root));
  }

  /** The basemap topology, read once. */
  private get topology(): Topology {
    return (this.basemap ??= romanizeTopology(JSON.parse(readFileSync(join(this.root, 'data/basemap/shanxi.topo.json'), 'utf8')) as Topology));
  }

  /** The catalogue file a new record of `seed` goes into (the last of a plan's parts). */
  fileFor(seed: string): string | undefined {
    return readCatalogueFiles(join(this.root, 'data/catalogue')).filter((f) => f.content.seed === seed).map((f) => f.name).sort().at(-1);
  }

  /** The rivers a `river` recipe can follow and the named places (beside seats) a line can go through. */
  options(): AuthorOptions {
    const rivers = (this.topology.objects.rivers as GeometryCollection<{ name?: string }> | undefined)?.geometries.map((g) => (g.properties as { name?: string } | undefined)?.name) ?? [];
    const places = readCatalogueFiles(join(this.root, 'data/catalogue')).flatMap((f) => f.content.places ?? []).map((p) => p.name);
    const sorted = (names: (string | undefined)[]) => [...new Set(names.filter((n): n is string => !!n))].sort((a, b) => a.localeCompare(b, 'zh'));
    return { rivers: sorted(rivers), places: sorted(places) };
  }

  /** The plan's candidates (the spatial mentions plan:add lists, found again in its text now), with the decisions
   *  taken on them (kept beside plan:add's file in .cache/candidates/, never shipped). */
  candidates(seed: string): ReviewedCandidate[] {
    const doc = this.documents.find((d) => d.id === seed);
    if (!doc) throw new Error(`no plan «${seed}»`);
    const decisions = this.decisions(seed);
    return findCandidates(doc, buildLexicon(basemapLexiconInput(this.root)), fullNames(this.root)).map((c) => {
      const key = `${c.paragraphId}:${c.kind}:${c.text}`;
      return { ...c, key, ...(decisions[key] ? { decision: decisions[key] } : {}) };
    });
  }

  /** Records the decision taken on a candidate. */
  decide(seed: string, key: string, decision: CandidateDecision): void {
    const path = this.decisionsFile(seed);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify({ ...this.decisions(seed), [key]: decision }, null, 1)}\n`);
  }

  private decisionsFile(seed: string): string {
    return join(this.root, '.cache/candidates', `${seed}.decisions.json`);
  }

  private decisions(seed: string): Record<string, CandidateDecision> {
    const path = this.decisionsFile(seed);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, CandidateDecision>) : {};
  }

  /** The geometry the build made of the draft (the map previews it), when the build accepts it. */
  static draftGeometry(built: BuiltCatalogue | undefined, id: string): Geometry | undefined {
    return built?.features.features.find((f) => f.properties.id === id)?.geometry ?? undefined;
  }

  /** The build's problems with `record` added to `seed`'s catalogue, and the catalogue when there are none. */
  check(seed: string, record: InputFeature): DraftOutcome & { built?: BuiltCatalogue } {
    return this.appended(seed, 'features', record);
  }

  /** Writes the record when the build accepts it, then the map's catalogue data (public/data). */
  save(seed: string, record: InputFeature): DraftOutcome {
    return this.saveAppended(seed, 'features', record);
  }

  /** The build's problems with `citation` added to the existing feature `id`: to its record in the citation's plan's
   *  file when there is one, else as a `{ id, citations }` record there (SCHEMA.md: other files add citations only). */
  checkCitation(id: string, citation: InputCitation): DraftOutcome & { built?: BuiltCatalogue; into?: 'record' | 'new' } {
    const files = readCatalogueFiles(join(this.root, 'data/catalogue'));
    if (!files.some((f) => f.content.features?.some((r) => r.id === id))) return { problems: [`no feature «${id}» in the catalogue`] };
    const own = files.filter((f) => f.content.seed === citation.seed && f.content.features?.some((r) => r.id === id)).map((f) => f.name).sort().at(-1);
    if (own) {
      const last = (features: InputFeature[]) => features.map((r) => r.id).lastIndexOf(id);
      const add = (features: InputFeature[]) => features.map((r, i) => (i === last(features) ? { ...r, citations: [...r.citations, citation] } : r));
      const outcome = this.build(own, (c) => ({ ...c, features: add(c.features ?? []) }));
      return { ...outcome, into: 'record' };
    }
    const file = this.fileFor(citation.seed);
    if (!file) return { problems: [`${id}: no catalogue file for the plan «${citation.seed}»`] };
    return { ...this.build(file, (c) => ({ ...c, features: [...(c.features ?? []), { id, citations: [citation] } as InputFeature] })), into: 'new' };
  }

  /** Writes the citation when the build accepts it, then the map's catalogue data. */
  saveCitation(id: string, citation: InputCitation): DraftOutcome {
    const { problems, file, built, into } = this.checkCitation(id, citation);
    if (!built || !file) return { problems, file };
    return this.write(file, built, (text) => (into === 'record' ? withCitation(text, id, citation) : withRecord(text, { id, citations: [citation] })));
  }

  /** The build's problems with the frame `frame` added to `seed`'s catalogue (its groups checked against its slogan). */
  checkFrame(seed: string, frame: InputFrame): DraftOutcome & { built?: BuiltCatalogue } {
    return this.appended(seed, 'frames', frame);
  }

  /** Writes the frame when the build accepts it, then the map's catalogue data. */
  saveFrame(seed: string, frame: InputFrame): DraftOutcome {
    return this.saveAppended(seed, 'frames', frame);
  }

  /** The catalogue built with `record` appended to `array` of the plan's (last) catalogue file. */
  private appended(seed: string, array: 'features' | 'frames', record: InputFeature | InputFrame): DraftOutcome & { built?: BuiltCatalogue } {
    const file = this.fileFor(seed);
    if (!file) return { problems: [`${record.id}: no catalogue file for the plan «${seed}»`] };
    return this.build(file, (c) => ({ ...c, [array]: [...(c[array] ?? []), record] }));
  }

  private saveAppended(seed: string, array: 'features' | 'frames', record: InputFeature | InputFrame): DraftOutcome {
    const { problems, file, built } = this.appended(seed, array, record);
    if (!built || !file) return { problems, file };
    return this.write(file, built, (text) => withRecord(text, record, array));
  }

  /** The catalogue built with `file`'s content changed by `change`, in memory. */
  private build(file: string, change: (content: CatalogueFile) => CatalogueFile): DraftOutcome & { built?: BuiltCatalogue } {
    const dir = join(this.root, 'data/catalogue');
    const files = readCatalogueFiles(dir).map((f) => (f.name === file ? { ...f, content: change(f.content) } : f));
    this.geometry ??= diskGeometryMemo(this.topology);
    try {
      return { problems: [], file, built: buildRepoCatalogue(this.documents, this.topology, dir, files, this.geometry.memo) };
    } catch (e) {
      return { problems: e instanceof CatalogueError ? e.problems : [(e as Error).message], file };
    } finally {
      this.geometry.save();
    }
  }

  private write(file: string, built: BuiltCatalogue, edit: (text: string) => string): DraftOutcome {
    const path = join(this.root, 'data/catalogue', file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const registry = planSummaries(loadRegistry(this.root));
    writeCatalogue(join(this.root, 'public/data'), built.features, built.frames, this.topology, registry.map((p) => p.id));
    writeFileSync(join(this.root, 'public/data/plans.json'), JSON.stringify(withPlanFrames(registry, built.frames)));
    // Search finds the new names at once (the app fetches the index again with the catalogue).
    const plans = [...registry].reverse();
    writeFileSync(join(this.root, 'public/data/search-index.json'), JSON.stringify(buildSearchIndex(this.topology, built.features, this.documents, plans, built.frames)));
    return { problems: [], file: `data/catalogue/${file}` };
  }
}
