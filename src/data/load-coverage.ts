// Fetches the coverage report (data/coverage.json); only the reader's coverage view asks for it.
import type { CoverageReport } from '../lib/coverage/coverage-types';
import { dataUrl } from './load-data';
import { cached } from './data-cache';

export const loadCoverage = (): Promise<CoverageReport> => cached('coverage.json', () => fetch(dataUrl('coverage.json')).then((res) => {
  if (!res.ok) throw new Error(`coverage.json: HTTP ${res.status}`);
  return res.json() as Promise<CoverageReport>;
}));
