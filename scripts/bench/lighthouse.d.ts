// Minimal typing for the parts of Lighthouse and chrome-launcher the benchmark uses. They are tools of the
// benchmark only (scripts/package.json, installed by `npm run tools`), so the typecheck of a test run, which
// does not install them, reads these declarations instead of their own.
declare module 'lighthouse' {
  export interface Flags { port?: number; output?: 'json'; logLevel?: 'error'; onlyCategories?: string[] }
  export interface Lhr {
    categories: Record<string, { score: number | null } | undefined>;
    audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
    runtimeError?: { message: string };
  }
  export default function lighthouse(url: string, flags: Flags, config?: unknown): Promise<{ lhr: Lhr } | undefined>;
}

declare module 'lighthouse/core/config/desktop-config.js' {
  const config: unknown;
  export default config;
}

declare module 'chrome-launcher' {
  export function launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> | void }>;
}
