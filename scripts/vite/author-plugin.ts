// Authoring mode: only on the dev server started with ATLAS_AUTHOR=1 (`npm start`, `npm run author`). It turns on the app's
// authoring panel (import.meta.env.ATLAS_AUTHOR; false in every build, so the panel's chunk is never built) and
// answers POST /__author/check and /__author/save ({ seed, record }; { addTo, citation }: a citation added to an
// existing feature; { seed, frame }: a frame) with the build's own problems (a check also with
// the geometry the build made, for the map's preview), GET /__author/options with the rivers and named places, GET /__author/candidates?seed= with a plan's candidates
// and POST /__author/decide ({ seed, key, decision }) with a reviewer's decision on one; a save writes
// the record into data/catalogue/ and recompiles the map's catalogue data. ATLAS_DATA_DIR points it at a copy of
// the project's data (data/, seeds/, public/: the e2e test's temporary copy) instead of the project itself.
import { resolve, join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'vite';
import { AuthorSession, type CandidateDecision } from '../author/author-draft';
import type { InputCitation, InputFeature, InputFrame } from '../../src/lib/catalogue/catalogue-input';
import type { BuiltCatalogue } from '../../src/lib/catalogue/build-catalogue';

const readBody = (req: IncomingMessage) => new Promise<string>((ok, fail) => {
  let body = '';
  req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
  req.on('end', () => ok(body));
  req.on('error', fail);
});

export function authorPlugin(env: Record<string, string | undefined> = process.env): Plugin {
  let on = false;
  const root = resolve(env.ATLAS_DATA_DIR ?? '.');
  return {
    name: 'atlas-author',
    config: (_, { command }) => {
      on = command === 'serve' && env.ATLAS_AUTHOR === '1';
      return {
        define: { 'import.meta.env.ATLAS_AUTHOR': JSON.stringify(on) },
        ...(on && env.ATLAS_DATA_DIR ? { publicDir: join(root, 'public') } : {}),
        // Every dependency found at start (the map's are behind lazy imports): no reload when one is first used.
        ...(on ? { optimizeDeps: { entries: ['index.html', 'src/**/*.{ts,tsx}'] } } : {}),
      };
    },
    configureServer(server) {
      if (!on) return;
      const session = new AuthorSession(root);
      server.middlewares.use(async (req, res, next) => {
        const json = (status: number, body: unknown) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
        const url = new URL(req.url ?? '/', 'http://author');
        if (req.method === 'GET' && url.pathname.endsWith('/__author/options')) return void json(200, session.options());
        if (req.method === 'GET' && url.pathname.endsWith('/__author/candidates')) {
          try {
            return void json(200, session.candidates(url.searchParams.get('seed') ?? ''));
          } catch (e) {
            return void json(400, { problems: [(e as Error).message] });
          }
        }
        if (req.method === 'POST' && url.pathname.endsWith('/__author/decide')) {
          const { seed, key, decision } = JSON.parse(await readBody(req)) as { seed: string; key: string; decision: CandidateDecision };
          if (decision !== 'accepted' && decision !== 'rejected') return void json(400, { problems: [`unknown decision «${decision}»`] });
          session.decide(seed, key, decision);
          return void json(200, { problems: [] });
        }
        const action = req.method === 'POST' ? /\/__author\/(check|save)$/.exec(req.url ?? '')?.[1] : undefined;
        if (!action) return next();
        try {
          type Body = { seed: string; record: InputFeature } | { addTo: string; citation: InputCitation } | { seed: string; frame: InputFrame };
          const body = JSON.parse(await readBody(req)) as Body;
          const save = action === 'save';
          const outcome = 'addTo' in body ? (save ? session.saveCitation(body.addTo, body.citation) : session.checkCitation(body.addTo, body.citation))
            : 'frame' in body ? (save ? session.saveFrame(body.seed, body.frame) : session.checkFrame(body.seed, body.frame))
              : save ? session.save(body.seed, body.record) : session.check(body.seed, body.record);
          const built = 'built' in outcome ? (outcome.built as BuiltCatalogue | undefined) : undefined;
          const geometry = 'frame' in body ? undefined : AuthorSession.draftGeometry(built, 'addTo' in body ? body.addTo : body.record.id);
          json(200, { problems: outcome.problems, file: outcome.file, ...(save ? {} : { geometry }) });
        } catch (e) {
          json(400, { problems: [(e as Error).message] });
        }
      });
    },
  };
}
