/**
 * Advance widths of the shipped label fonts (Noto Sans, @fontsource/noto-sans), read from their
 * WOFF files, so the label-anchor rule (label-anchors.ts) measures a name as the map draws it.
 * Node only. The formats, as read:
 * - WOFF 1.0 (https://www.w3.org/TR/WOFF/): a 44-byte header (numTables at byte 12), then one
 *   20-byte entry per table: tag, offset, compLength, origLength, checksum; a table whose
 *   compLength is below its origLength is zlib-compressed.
 * - OpenType (https://learn.microsoft.com/typography/opentype/spec/): `head` unitsPerEm at byte
 *   18; `hhea` numberOfHMetrics at byte 34; `hmtx` a 4-byte (advance, bearing) pair per glyph up
 *   to numberOfHMetrics, the last advance repeating after it; `cmap` subtable format 4 (Windows
 *   Unicode BMP): segCountX2 at byte 6, then endCode[], a pad, startCode[], idDelta[],
 *   idRangeOffset[] and glyphIdArray[].
 * Kerning is left out: the widths are the sums of the glyphs' advances, a few per cent over what
 * MapLibre draws for some pairs, which a placement rule does not need closer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { PointLabelStyle } from '../../src/lib/style/point-labels.ts';

type Tables = Map<string, Buffer>;

function woffTables(file: Buffer): Tables {
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const tables: Tables = new Map();
  const count = file.readUInt16BE(12);
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = file.toString('latin1', at, at + 4);
    const offset = file.readUInt32BE(at + 4);
    const compLength = file.readUInt32BE(at + 8);
    const origLength = file.readUInt32BE(at + 12);
    const raw = file.subarray(offset, offset + compLength);
    tables.set(tag, compLength < origLength ? inflateSync(raw) : raw);
  }
  return tables;
}

function table(tables: Tables, tag: string): Buffer {
  const found = tables.get(tag);
  if (!found) throw new Error(`font lacks its '${tag}' table`);
  return found;
}

/** Code point → glyph id, from the Windows Unicode BMP subtable (format 4). */
function glyphIds(cmap: Buffer): Map<number, number> {
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const at = cmap.readUInt32BE(8 + i * 8);
    if (platform !== 3 || encoding !== 1 || cmap.readUInt16BE(at) !== 4) continue;
    const segments = cmap.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    const map = new Map<number, number>();
    for (let s = 0; s < segments; s++) {
      const end = cmap.readUInt16BE(ends + s * 2);
      const start = cmap.readUInt16BE(starts + s * 2);
      const delta = cmap.readInt16BE(deltas + s * 2);
      const rangeAt = rangeOffsets + s * 2;
      const range = cmap.readUInt16BE(rangeAt);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        const glyph =
          range === 0
            ? (code + delta) & 0xffff
            : cmap.readUInt16BE(rangeAt + range + (code - start) * 2);
        if (glyph !== 0) map.set(code, range === 0 ? glyph : (glyph + delta) & 0xffff);
      }
    }
    return map;
  }
  throw new Error('font has no Unicode BMP cmap subtable');
}

/** Each mapped character's advance, in ems. */
function advancesOf(file: Buffer): Map<string, number> {
  const tables = woffTables(file);
  const unitsPerEm = table(tables, 'head').readUInt16BE(18);
  const metrics = table(tables, 'hhea').readUInt16BE(34);
  const hmtx = table(tables, 'hmtx');
  const advance = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, metrics - 1) * 4);
  const out = new Map<string, number>();
  for (const [code, glyph] of glyphIds(table(tables, 'cmap'))) {
    out.set(String.fromCharCode(code), advance(glyph) / unitsPerEm);
  }
  return out;
}

/** The label faces (src/lib/style/point-labels.ts). */
type Face = PointLabelStyle['face'];

const FILES: Record<Face, string> = {
  regular: '400-normal',
  semibold: '600-normal',
  italic: '400-italic',
};

/** A text's width in ems in one face: the sum of its characters' advances. */
export type Measure = (text: string, face: Face) => number;

/**
 * Reads the Latin and Cyrillic subsets of the three faces the map's labels use. A character in
 * neither subset (none of the labels has one: scripts/lib/labels.ts) counts as the face's widest
 * Latin capital, so an unknown name is never measured short.
 */
export function labelFontMeasure(): Measure {
  const require = createRequire(import.meta.url);
  const faces = new Map<Face, { advances: Map<string, number>; fallback: number }>();
  for (const [face, file] of Object.entries(FILES) as [Face, string][]) {
    const advances = new Map<string, number>();
    for (const subset of ['latin', 'cyrillic']) {
      const path = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${file}.woff`);
      for (const [char, em] of advancesOf(readFileSync(path))) advances.set(char, em);
    }
    const capitals = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => advances.get(c) ?? 0);
    faces.set(face, { advances, fallback: Math.max(...capitals) });
  }
  return (text, face) => {
    const { advances, fallback } = faces.get(face)!;
    let width = 0;
    for (const char of text) width += advances.get(char) ?? fallback;
    return width;
  };
}
