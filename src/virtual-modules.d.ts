declare module 'virtual:font-faces' {
  const faces: { file: string; ranges: string[] }[];
  export default faces;
}

declare module 'virtual:plan-registry' {
  /** Layer groups a first visit shows (scripts/vite/plan-registry-plugin.ts). */
  export const defaultLayers: string[];
  export const pictureAlt: { zh: string; en: string };
  export const planCount: number;
}

declare module 'virtual:build-options' {
  /** The site's build options (scripts/vite/build-options-plugin.ts). */
  const options: import('./lib/share/build-options').BuildOptions;
  export default options;
}

interface ImportMetaEnv {
  /** True only on the authoring server (`npm start`, `npm run author`; scripts/vite/author-plugin.ts); every build has false. */
  readonly ATLAS_AUTHOR: boolean;
}
