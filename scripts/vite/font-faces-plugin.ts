// Exposes the map font's files and unicode ranges as `virtual:font-faces`, so the map style can
// declare `font-faces` without any network. The files are cut from Noto Sans SC to the map's labels
// by the data compile step (scripts/compile/map-fonts.ts) into public/fonts/, which Vite serves in
// development and copies into the build; only their table is read here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { MapFontManifest } from '../compile/map-fonts';

const VIRTUAL_ID = 'virtual:font-faces';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function fontFacesPlugin(root = process.cwd()): Plugin {
  const manifestPath = join(root, 'public/fonts/faces.json');
  const faces = () => {
    if (existsSync(manifestPath)) return (JSON.parse(readFileSync(manifestPath, 'utf8')) as MapFontManifest).faces;
    console.warn('font-faces: public/fonts/faces.json is missing (run `npm run data:compile`); the map draws no text');
    return [];
  };
  return {
    name: 'atlas-font-faces',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(faces())};` : undefined),
  };
}
