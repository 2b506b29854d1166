import { readPdfDict, skipSpace, type PdfDictEntries } from "./read-pdf-dict.ts";

/** What the cross-reference tables of a PDF say (ISO 32000-1, 7.5.4 and 7.5.5). */
export interface PdfXref {
  /** Where each object in use starts, by object number (the newest definition wins). */
  offsets: Map<number, number>;
  /** The newest trailer's entries (Size, Root, Info, ID, ...). */
  trailer: Map<string, string>;
  /** The offset of the newest cross-reference section. */
  startxref: number;
}

/** A new or replaced object of an update: its number and what goes between `obj` and `endobj`. */
export interface UpdatedObject {
  number: number;
  body: (string | Uint8Array)[];
}

/**
 * Reads the cross-reference tables of a PDF written with them (as Chromium writes
 * its PDFs), following /Prev through earlier updates. A PDF that uses
 * cross-reference streams instead gives undefined: the caller then uses pdf-lib.
 */
export function readXref(text: string): PdfXref | undefined {
  const tail = text.slice(-1024);
  const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!found) return undefined;
  const startxref = Number(found[1]);
  const offsets = new Map<number, number>();
  let trailer: Map<string, string> | undefined;
  const seen = new Set<number>();
  for (let section: number | undefined = startxref; section !== undefined; ) {
    if (seen.has(section) || !text.startsWith("xref", section)) return undefined;
    seen.add(section);
    const { entries, end } = readTable(text, section + 4, offsets);
    if (end < 0) return undefined;
    trailer ??= new Map(entries);
    const previous = new Map(entries).get("Prev");
    section = previous === undefined ? undefined : Number(previous);
  }
  return trailer ? { offsets, trailer, startxref } : undefined;
}

/** Reads one cross-reference table and its trailer; entries already known (from a newer section) are kept. */
function readTable(text: string, at: number, offsets: Map<number, number>): { entries: PdfDictEntries; end: number } {
  const header = /\s*(\d+) (\d+)\s*\r?\n?|\s*trailer/y;
  let index = at;
  for (;;) {
    header.lastIndex = index;
    const match = header.exec(text);
    if (!match) return { entries: [], end: -1 };
    index = header.lastIndex;
    if (match[1] === undefined) break;
    const first = Number(match[1]);
    const count = Number(match[2]);
    for (let entry = 0; entry < count; entry++, index += 20) {
      // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, n or f, end of line.
      const line = text.slice(index, index + 18);
      if (line[17] === "n" && !offsets.has(first + entry)) offsets.set(first + entry, Number(line.slice(0, 10)));
    }
  }
  const { entries, end } = readPdfDict(text, index);
  return { entries, end };
}

/** The object number of a reference's text ("12 0 R"), or undefined when it is not a reference. */
export function referencedObject(value: string | undefined): number | undefined {
  const match = /^(\d+)\s+\d+\s+R$/.exec(value?.trim() ?? "");
  return match ? Number(match[1]) : undefined;
}

/** The dictionary of object `number` (the whole object, or a stream's dictionary). */
export function readObjectDict(text: string, xref: PdfXref, number: number): PdfDictEntries {
  const offset = xref.offsets.get(number);
  if (offset === undefined) throw new Error(`object ${number} is not in the cross-reference table`);
  const header = /(\d+)\s+(\d+)\s+obj/y;
  header.lastIndex = skipSpace(text, offset);
  const match = header.exec(text);
  if (!match || Number(match[1]) !== number) throw new Error(`object ${number} is not where the cross-reference table says`);
  return readPdfDict(text, header.lastIndex).entries;
}

/** Writes a dictionary from its entries (values as raw PDF text). */
export function formatPdfDict(entries: PdfDictEntries): string {
  return `<<${entries.map(([key, value]) => `/${key} ${value}`).join("\n")}>>`;
}

/**
 * Appends an incremental update (ISO 32000-1, 7.5.6): the objects given, a
 * cross-reference section for exactly them and a trailer that points back to the
 * previous one. What was there stays byte for byte; readers take the newest
 * definition of each object.
 */
export function appendUpdate(original: Uint8Array, xref: PdfXref, objects: UpdatedObject[], trailer: PdfDictEntries): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [original];
  let offset = original.byteLength;
  const push = (part: string | Uint8Array) => {
    // Text written here is ASCII (PDF syntax, hex strings), so UTF-8 is Latin-1 for it.
    const bytes = typeof part === "string" ? encoder.encode(part) : part;
    parts.push(bytes);
    offset += bytes.byteLength;
  };
  if (original[original.byteLength - 1] !== 0x0a) push("\n");
  const starts = new Map<number, number>();
  for (const object of [...objects].sort((a, b) => a.number - b.number)) {
    starts.set(object.number, offset);
    push(`${object.number} 0 obj\n`);
    object.body.forEach(push);
    push("\nendobj\n");
  }
  const xrefAt = offset;
  const numbers = [...starts.keys()];
  let table = "xref\n";
  for (let index = 0; index < numbers.length; ) {
    let end = index;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++;
    table += `${numbers[index]} ${end - index + 1}\n`;
    for (let at = index; at <= end; at++) table += `${String(starts.get(numbers[at]!)).padStart(10, "0")} 00000 n \n`;
    index = end + 1;
  }
  push(table);
  push(`trailer\n${formatPdfDict([...trailer, ["Prev", String(xref.startxref)]])}\nstartxref\n${xrefAt}\n%%EOF\n`);
  const result = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.byteLength;
  }
  return result;
}
