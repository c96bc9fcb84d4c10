// @vitest-environment happy-dom
// The files the page loaded before the offline worker controlled it are handed over one at a time, each once the
// worker has kept the one before and the user has been quiet for a second (the worker fetches each again).
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

/** A channel whose reply reaches the page at once (the worker's answer, "kept"). */
class FakeChannel {
  port1: { onmessage: (() => void) | null } = { onmessage: null };
  port2 = { postMessage: () => this.port1.onmessage?.() };
}

let observed: (list: { getEntries(): object[] }) => void = () => undefined;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0));
  vi.stubGlobal('MessageChannel', FakeChannel);
  vi.stubGlobal('PerformanceObserver', class { constructor(cb: typeof observed) { observed = cb; } observe() {} });
  vi.resetModules();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const site = 'https://atlas.test/atlas/';
const loaded = (...names: [string, number?][]) => observed({ getEntries: () => names.map(([name, workerStart = 0]) => ({ name: site + name, workerStart })) });

it('hands over one file at a time, each after the last is kept and a quiet second', async () => {
  const { handLoadedFilesToWorker } = await import('../../../src/app/service-worker');
  const handed: string[] = [];
  const replies: (() => void)[] = [];
  const worker = {
    postMessage: (message: { urls: string[] }, [port]: { postMessage(m: string): void }[]) => {
      handed.push(...message.urls.map((u) => u.slice(site.length)));
      replies.push(() => port.postMessage('kept'));
    },
  };
  handLoadedFilesToWorker({ ready: Promise.resolve({ active: worker }) as unknown as Promise<ServiceWorkerRegistration> });
  // Served by the worker already, or not data: not handed over.
  loaded(['data/catalogue/a.json'], ['fonts/x.woff2'], ['data/catalogue/b.json', 12], ['assets/app.js']);
  await vi.advanceTimersByTimeAsync(900);
  expect(handed).toEqual([]); // the first quiet second is watched
  await vi.advanceTimersByTimeAsync(200);
  expect(handed).toEqual(['data/catalogue/a.json']);
  await vi.advanceTimersByTimeAsync(2000);
  expect(handed).toHaveLength(1); // the worker has not kept it yet
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
  replies.shift()!();
  await vi.advanceTimersByTimeAsync(900);
  expect(handed).toHaveLength(1); // kept, but the user typed
  await vi.advanceTimersByTimeAsync(200);
  expect(handed).toEqual(['data/catalogue/a.json', 'fonts/x.woff2']);
  replies.shift()!();
  loaded(['data/place-index/140100.json']);
  await vi.advanceTimersByTimeAsync(10);
  expect(handed.at(-1)).toBe('data/place-index/140100.json');
});
