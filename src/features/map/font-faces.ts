import type { FontFacesSpecification } from 'maplibre-gl';
import faces from 'virtual:font-faces';

/** The one font stack every symbol layer uses. */
export const MAP_FONT = 'Noto Sans SC Regular';

/** `font-faces` for the style: self-hosted Noto Sans SC subsets, fetched only when a glyph needs them. */
export function mapFontFaces(baseUri: string): FontFacesSpecification {
  return {
    [MAP_FONT]: faces.map((f) => ({ url: new URL(`fonts/${f.file}`, baseUri).href, 'unicode-range': f.ranges })),
  };
}
