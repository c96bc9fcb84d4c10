// Fetches the coverage report (data/coverage.json); only the reader's coverage view asks for it.
import type { CoverageReport } from '../lib/coverage/coverage-types';
import { dataUrl } from './load-data';

let pending: Promise<CoverageReport> | null = null;

export function loadCoverage(): Promise<CoverageReport> {
  pending ??= fetch(dataUrl('coverage.json')).then((res) => {
    if (!res.ok) throw new Error(`coverage.json: HTTP ${res.status}`);
    return res.json() as Promise<CoverageReport>;
  });
  pending.catch(() => { pending = null; });
  return pending;
}
