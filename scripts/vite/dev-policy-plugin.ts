// The dev server (`npm start`, `npm run author`) injects React's refresh preamble and its styles inline and
// talks to the page over a websocket: its page's policy allows them. Builds keep the strict policy of
// index.html (this plugin applies to the dev server only).
import type { Plugin } from 'vite';

export function devPolicyPlugin(): Plugin {
  return {
    name: 'atlas-dev-policy',
    apply: 'serve',
    transformIndexHtml: (html) => html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:"),
  };
}
