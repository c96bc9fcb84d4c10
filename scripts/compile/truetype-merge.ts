// Merges TrueType (glyf) fonts of one family into one font: the glyphs of every input, their advance
// widths and one cmap. The map's font ships as per-script subsets (@fontsource); the labels need
// glyphs from many of them, and harfbuzz subsets only one face at a time. Layout tables (GSUB, GPOS)
// and vertical metrics are dropped: map labels are set horizontally, glyph by glyph.

interface Sfnt { tables: Map<string, Buffer> }

export function readSfnt(font: Buffer): Sfnt {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const offset = font.readUInt32BE(at + 8);
    tables.set(font.toString('latin1', at, at + 4), font.subarray(offset, offset + font.readUInt32BE(at + 12)));
  }
  return { tables };
}

const table = (font: Sfnt, tag: string): Buffer => {
  const t = font.tables.get(tag);
  if (!t) throw new Error(`font has no ${tag} table`);
  return t;
};

/** Code point → glyph id, from the cmap's Unicode subtable (format 4 or 12). */
export function readCmap(font: Sfnt): Map<number, number> {
  const cmap = table(font, 'cmap');
  const map = new Map<number, number>();
  const n = cmap.readUInt16BE(2);
  const subtables = Array.from({ length: n }, (_, i) => ({ platform: cmap.readUInt16BE(4 + 8 * i), encoding: cmap.readUInt16BE(6 + 8 * i), offset: cmap.readUInt32BE(8 + 8 * i) }));
  const pick = subtables.find((s) => s.platform === 3 && s.encoding === 10) ?? subtables.find((s) => s.platform === 3 && s.encoding === 1) ?? subtables.find((s) => s.platform === 0);
  if (!pick) return map;
  const st = cmap.subarray(pick.offset);
  const format = st.readUInt16BE(0);
  if (format === 12) {
    const groups = st.readUInt32BE(12);
    for (let g = 0; g < groups; g++) {
      const [start, end, gid] = [st.readUInt32BE(16 + 12 * g), st.readUInt32BE(20 + 12 * g), st.readUInt32BE(24 + 12 * g)];
      for (let c = start; c <= end; c++) map.set(c, gid + c - start);
    }
  } else if (format === 4) {
    const segs = st.readUInt16BE(6) / 2;
    const ends = 14, starts = 16 + 2 * segs, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
    for (let s = 0; s < segs; s++) {
      const [end, start, delta, rangeOffset] = [st.readUInt16BE(ends + 2 * s), st.readUInt16BE(starts + 2 * s), st.readInt16BE(deltas + 2 * s), st.readUInt16BE(ranges + 2 * s)];
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let gid = rangeOffset === 0 ? c : st.readUInt16BE(ranges + 2 * s + rangeOffset + 2 * (c - start));
        if (rangeOffset !== 0 && gid === 0) continue;
        gid = (gid + delta) & 0xffff;
        if (gid) map.set(c, gid);
      }
    }
  }
  return map;
}

interface Glyph { data: Buffer; advance: number; lsb: number }

function glyphs(font: Sfnt): Glyph[] {
  const longLoca = table(font, 'head').readInt16BE(50) === 1;
  const loca = table(font, 'loca');
  const glyf = table(font, 'glyf');
  const count = table(font, 'maxp').readUInt16BE(4);
  const metrics = table(font, 'hhea').readUInt16BE(34);
  const hmtx = table(font, 'hmtx');
  const at = (i: number) => (longLoca ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
  return Array.from({ length: count }, (_, i) => ({
    data: Buffer.from(glyf.subarray(at(i), at(i + 1))),
    advance: hmtx.readUInt16BE(4 * Math.min(i, metrics - 1)),
    lsb: i < metrics ? hmtx.readInt16BE(4 * i + 2) : hmtx.readInt16BE(4 * metrics + 2 * (i - metrics)),
  }));
}

/** Rewrites the component glyph ids of a composite glyph (numberOfContours < 0). */
function remapComposite(data: Buffer, map: (gid: number) => number): void {
  if (data.length < 10 || data.readInt16BE(0) >= 0) return;
  let at = 10;
  for (;;) {
    const flags = data.readUInt16BE(at);
    data.writeUInt16BE(map(data.readUInt16BE(at + 2)), at + 2);
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & 0x0020)) return;
  }
}

function cmapFormat4(map: Map<number, number>): Buffer {
  const codes = [...map.keys()].filter((c) => c < 0xffff).sort((a, b) => a - b);
  const segs = [...codes.map((c) => [c, c, (map.get(c)! - c) & 0xffff]), [0xffff, 0xffff, 1]];
  const n = segs.length;
  const sub = Buffer.alloc(16 + 8 * n);
  const log = Math.floor(Math.log2(n));
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(sub.length, 2);
  sub.writeUInt16BE(2 * n, 6);
  sub.writeUInt16BE(2 * 2 ** log, 8);
  sub.writeUInt16BE(log, 10);
  sub.writeUInt16BE(2 * n - 2 * 2 ** log, 12);
  segs.forEach(([start, end, delta], s) => {
    sub.writeUInt16BE(end, 14 + 2 * s);
    sub.writeUInt16BE(start, 16 + 2 * n + 2 * s);
    sub.writeUInt16BE(delta, 16 + 4 * n + 2 * s);
  });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(1, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(12, 8);
  return Buffer.concat([header, sub]);
}

const checksum = (b: Buffer): number => {
  const padded = Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
};

function writeSfnt(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const log = Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(16 * 2 ** log, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE(16 * n - 16 * 2 ** log, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    header.write(tag, 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksum(data), 16 + 16 * i);
    header.writeUInt32BE(offset, 20 + 16 * i);
    header.writeUInt32BE(data.length, 24 + 16 * i);
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  const headAt = header.readUInt32BE(20 + 16 * tags.indexOf('head'));
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

/** One TrueType font with every glyph of the inputs (the first input's .notdef, names and metrics). */
export function mergeTrueType(inputs: Buffer[]): Buffer {
  const fonts = inputs.map(readSfnt);
  const first = fonts[0]!;
  const merged: Glyph[] = [glyphs(first)[0]!];
  const cmap = new Map<number, number>();
  for (const font of fonts) {
    const own = glyphs(font);
    const base = merged.length - 1; // glyph 0 (.notdef) is shared
    const newId = (gid: number) => (gid === 0 ? 0 : base + gid);
    for (const g of own.slice(1)) {
      remapComposite(g.data, newId);
      merged.push(g);
    }
    for (const [code, gid] of readCmap(font)) if (!cmap.has(code)) cmap.set(code, newId(gid));
  }

  const offsets: number[] = [];
  let at = 0;
  const bodies = merged.map((g) => {
    offsets.push(at);
    const padded = Buffer.concat([g.data, Buffer.alloc((4 - (g.data.length % 4)) % 4)]);
    at += padded.length;
    return padded;
  });
  offsets.push(at);
  const loca = Buffer.alloc(4 * offsets.length);
  offsets.forEach((o, i) => loca.writeUInt32BE(o, 4 * i));
  const hmtx = Buffer.alloc(4 * merged.length);
  merged.forEach((g, i) => { hmtx.writeUInt16BE(g.advance, 4 * i); hmtx.writeInt16BE(g.lsb, 4 * i + 2); });

  const head = Buffer.from(table(first, 'head'));
  head.writeUInt32BE(0, 8);
  head.writeInt16BE(1, 50); // long loca
  for (const font of fonts.slice(1)) {
    const h = table(font, 'head');
    head.writeInt16BE(Math.min(head.readInt16BE(36), h.readInt16BE(36)), 36);
    head.writeInt16BE(Math.min(head.readInt16BE(38), h.readInt16BE(38)), 38);
    head.writeInt16BE(Math.max(head.readInt16BE(40), h.readInt16BE(40)), 40);
    head.writeInt16BE(Math.max(head.readInt16BE(42), h.readInt16BE(42)), 42);
  }
  const hhea = Buffer.from(table(first, 'hhea'));
  hhea.writeUInt16BE(Math.max(...merged.map((g) => g.advance)), 10);
  hhea.writeUInt16BE(merged.length, 34);
  const maxp = Buffer.from(table(first, 'maxp'));
  maxp.writeUInt16BE(merged.length, 4);
  if (maxp.length >= 32) {
    for (let field = 6; field < 32; field += 2) maxp.writeUInt16BE(Math.max(...fonts.map((f) => table(f, 'maxp').readUInt16BE(field))), field);
  }
  const os2 = Buffer.from(table(first, 'OS/2'));
  const codes = [...cmap.keys()];
  os2.writeUInt16BE(Math.min(0xffff, ...codes), 64);
  os2.writeUInt16BE(Math.min(0xffff, Math.max(...codes)), 66);
  const post = Buffer.from(table(first, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // no glyph names

  const out = new Map<string, Buffer>([
    ['cmap', cmapFormat4(cmap)], ['glyf', Buffer.concat(bodies)], ['head', head], ['hhea', hhea], ['hmtx', hmtx],
    ['loca', loca], ['maxp', maxp], ['name', table(first, 'name')], ['OS/2', os2], ['post', post],
  ]);
  for (const tag of ['prep', 'gasp', 'fpgm', 'cvt ']) if (first.tables.has(tag)) out.set(tag, first.tables.get(tag)!);
  return writeSfnt(out);
}
