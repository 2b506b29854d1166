/** The numbers a PDF font descriptor needs, in 1/1000 em. */
export interface TrueTypeMetrics {
  bbox: number[];
  ascent: number;
  descent: number;
  capHeight: number;
}

/**
 * Reads a TrueType file's bounding box, ascent, descent and cap height from its head,
 * hhea and OS/2 tables (the OpenType spec's offsets); throws on a file that is not
 * TrueType. Fifty lines instead of a font engine: see field-font.ts for why.
 */
export function readTrueTypeMetrics(bytes: Uint8Array): TrueTypeMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const version = bytes.byteLength >= 12 ? view.getUint32(0) : 0;
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error("the field font is not a TrueType font");
  for (let index = 0; index < view.getUint16(4); index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const head = tables.get("head");
  const hhea = tables.get("hhea");
  if (head === undefined || hhea === undefined) throw new Error("the field font has no head or hhea table");
  const scale = 1000 / view.getUint16(head + 18);
  const unit = (offset: number) => Math.round(view.getInt16(offset) * scale);
  const os2 = tables.get("OS/2");
  const ascent = unit(hhea + 4);
  return {
    bbox: [unit(head + 36), unit(head + 38), unit(head + 40), unit(head + 42)],
    ascent,
    descent: unit(hhea + 6),
    capHeight: os2 !== undefined && view.getUint16(os2) >= 2 ? unit(os2 + 88) : ascent,
  };
}
