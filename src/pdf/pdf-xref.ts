import { readPdfDict, readPdfValue, skipSpace, type PdfDictEntries } from "./read-pdf-dict.ts";

/** What the cross-reference tables of a PDF say (ISO 32000-1, 7.5.4 and 7.5.5). */
export interface PdfXref {
  /** Where each object in use starts, by object number (the newest definition wins). */
  offsets: Map<number, number>;
  /** The newest trailer's entries (Size, Root, Info, ID, ...). */
  trailer: Map<string, string>;
  /** The offset of the newest cross-reference section. */
  startxref: number;
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
  return readPdfDict(text, objectStart(text, xref, number)).entries;
}

/** The raw text of object `number`'s value (a stream's dictionary for a stream). */
export function readObjectValue(text: string, xref: PdfXref, number: number): string {
  return readPdfValue(text, objectStart(text, xref, number)).value;
}

/** A value's raw text, with a reference followed to the object it names. */
export function resolveValue(text: string, xref: PdfXref, value: string): string {
  const number = referencedObject(value);
  return number === undefined ? value : readObjectValue(text, xref, number);
}

/** Where the value of object `number` starts, just after `number 0 obj`. */
function objectStart(text: string, xref: PdfXref, number: number): number {
  const offset = xref.offsets.get(number);
  if (offset === undefined) throw new Error(`object ${number} is not in the cross-reference table`);
  const header = /(\d+)\s+(\d+)\s+obj/y;
  header.lastIndex = skipSpace(text, offset);
  const match = header.exec(text);
  if (!match || Number(match[1]) !== number) throw new Error(`object ${number} is not where the cross-reference table says`);
  return header.lastIndex;
}

