declare module 'subset-font' {
  interface SubsetOptions { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; keepAllGlyphs?: boolean; noLayoutClosure?: boolean }
  export default function subsetFont(font: Buffer, text: string | undefined, options?: SubsetOptions): Promise<Buffer>;
}
