/**
 * Fetch an npm tarball into .cache/ with `npm pack`, verify its sha512 integrity and extract
 * selected paths. Stops (throws) naming the package when the integrity differs.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sriSha512(buf: Buffer): string {
  return `sha512-${createHash('sha512').update(buf).digest('base64')}`;
}

export function verifyIntegrity(buf: Buffer, expected: string, label: string): void {
  const want = expected.startsWith('sha512-') ? expected : `sha512-${expected}`;
  const got = sriSha512(buf);
  if (got !== want) {
    throw new Error(`${label}: integrity mismatch — expected ${want}, got ${got}. Refusing to build from an unverified tarball.`);
  }
}

/** `name@version` → tarball file name as written by `npm pack`. */
export function tarballName(name: string, version: string): string {
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

export function fetchVerifiedTarball(opts: { name: string; version: string; integrity: string; cacheDir: string }): string {
  const { name, version, integrity, cacheDir } = opts;
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, tarballName(name, version));
  if (!existsSync(file)) {
    console.log(`  npm pack ${name}@${version} → ${cacheDir}`);
    execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', cacheDir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(file)) throw new Error(`${name}@${version}: npm pack did not produce ${file}`);
  verifyIntegrity(readFileSync(file), integrity, `${name}@${version}`);
  return file;
}

/** Extract the given member paths / folders (no wildcards) from a tarball into destDir. */
export function extractTarball(file: string, destDir: string, members: string[]): void {
  mkdirSync(destDir, { recursive: true });
  execFileSync('tar', ['-xzf', file, '-C', destDir, '--no-wildcards', ...members], { stdio: ['ignore', 'ignore', 'inherit'] });
}
