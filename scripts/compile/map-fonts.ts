// Cuts Noto Sans SC down to the glyphs the map's labels use, at build time, into a few files served
// from the site under fonts/ with their unicode ranges in fonts/faces.json (read by the font-faces
// Vite plugin for the style's `font-faces`). Files: Latin (English labels, digits), the first view's
// Chinese, the Chinese of zoomed-in basemap labels, the Chinese of the other layers' features.
// maplibre fetches a file only when it draws a character of its range.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import type { MapLabels } from './map-labels';
import { mergeTrueType, readCmap, readSfnt } from './truetype-merge';

export interface FontFile { file: string; ranges: string[] }
interface SourceFace { file: string; bounds: [number, number][] }

/** Code points from here on (CJK radicals, ideographs, full-width forms) go to the Chinese files. */
const CJK_FROM = 0x2e80;

/** [first, last] code point of a unicode-range entry such as `U+4E00-4E0F`, `U+26` or `U+0??`. */
export function rangeBounds(range: string): [number, number] {
  const [a, b] = range.trim().replace(/^U\+/i, '').split('-');
  return [parseInt(a!.replace(/\?/g, '0'), 16), parseInt(b ?? a!.replace(/\?/g, 'F'), 16)];
}

const hex = (n: number) => n.toString(16).toUpperCase();

/** Sorted code points as unicode-range entries, runs of consecutive ones merged (`U+4E00-4E02`). */
export function toRanges(codes: number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    out.push(j > i ? `U+${hex(codes[i]!)}-${hex(codes[j]!)}` : `U+${hex(codes[i]!)}`);
    i = j;
  }
  return out;
}

const codePoints = (texts: string[]): number[] => [...new Set([...texts.join('')].map((c) => c.codePointAt(0)!))].filter((c) => c >= 0x20);

/** The files to cut: each code point once, in the first group that draws it. */
export function fontGroups(labels: MapLabels): { name: string; codes: number[] }[] {
  const all = codePoints([...labels.firstView, ...labels.zoomedIn, ...labels.otherLayers]);
  const seen = new Set<number>();
  const take = (codes: number[]) => codes.filter((c) => c >= CJK_FROM && !seen.has(c) && seen.add(c));
  const groups = [
    { name: 'latin', codes: all.filter((c) => c < CJK_FROM) },
    { name: 'zh-first', codes: take(codePoints(labels.firstView)) },
    { name: 'zh-zoomed', codes: take(codePoints(labels.zoomedIn)) },
    { name: 'zh-layers', codes: take(codePoints(labels.otherLayers)) },
  ];
  return groups.filter((g) => g.codes.length).map((g) => ({ ...g, codes: g.codes.sort((a, b) => a - b) }));
}

/** The @fontsource files of one weight with the code points each covers, from its CSS. */
function sourceFaces(weight: number): { dir: string; faces: SourceFace[] } {
  const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
  const css = readFileSync(join(pkg, `${weight}.css`), 'utf8');
  const faces = css.split('@font-face').slice(1).flatMap((block) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    return file && range ? [{ file, bounds: range.split(',').map(rangeBounds) }] : [];
  });
  return { dir: join(pkg, 'files'), faces };
}

/**
 * One woff2 with exactly the glyphs of these code points, cut from the source files that hold them.
 * Code points Noto Sans SC has no glyph for are returned as absent (the system's fonts draw them).
 */
async function cutFont(codes: number[], dir: string, faces: SourceFace[]): Promise<{ font: Buffer; present: number[]; absent: number[] }> {
  const bySource = new Map<string, number[]>();
  const absent: number[] = [];
  for (const c of codes) {
    const face = faces.find((f) => f.bounds.some(([lo, hi]) => c >= lo && c <= hi));
    if (face) bySource.set(face.file, [...(bySource.get(face.file) ?? []), c]);
    else absent.push(c);
  }
  const parts = await Promise.all([...bySource].map(async ([file, cs]) => {
    const part = await subsetFont(readFileSync(join(dir, file)), String.fromCodePoint(...cs), { targetFormat: 'truetype' });
    const cmap = readCmap(readSfnt(part));
    absent.push(...cs.filter((c) => !cmap.has(c)));
    return part;
  }));
  const present = codes.filter((c) => !absent.includes(c));
  if (!present.length) return { font: Buffer.alloc(0), present, absent };
  // One source keeps its layout tables (Latin kerning); several are merged, then cut once more by harfbuzz.
  const font = await subsetFont(parts.length === 1 ? parts[0]! : mergeTrueType(parts), String.fromCodePoint(...present), { targetFormat: 'woff2' });
  const cmap = readCmap(readSfnt(await subsetFont(font, undefined, { keepAllGlyphs: true, targetFormat: 'truetype' })));
  const missing = present.filter((c) => !cmap.has(c));
  if (missing.length) throw new Error(`map font: glyphs lost while merging: ${String.fromCodePoint(...missing)}`);
  return { font, present, absent: absent.sort((a, b) => a - b) };
}

export interface MapFontManifest {
  faces: FontFile[];
  /** Label characters Noto Sans SC has no glyph for: left to the system's fonts. */
  absent: string[];
}

/** Writes the files and faces.json into outDir (old files removed); returns the manifest. */
export async function buildMapFonts(labels: MapLabels, outDir: string, weight = 400): Promise<MapFontManifest> {
  const { dir, faces } = sourceFaces(weight);
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) if (old.endsWith('.woff2') || old === 'faces.json') rmSync(join(outDir, old));
  const manifest: MapFontManifest = { faces: [], absent: [] };
  for (const group of fontGroups(labels)) {
    const { font, present, absent } = await cutFont(group.codes, dir, faces);
    manifest.absent.push(...absent.map((c) => String.fromCodePoint(c)));
    if (!present.length) continue;
    const file = `noto-sans-sc-${group.name}-${createHash('sha256').update(font).digest('hex').slice(0, 8)}.woff2`;
    writeFileSync(join(outDir, file), font);
    manifest.faces.push({ file, ranges: toRanges(present) });
  }
  writeFileSync(join(outDir, 'faces.json'), JSON.stringify(manifest));
  return manifest;
}
