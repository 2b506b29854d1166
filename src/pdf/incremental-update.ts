import type { PdfXref } from "./pdf-xref.ts";
import type { PdfDictEntries } from "./read-pdf-dict.ts";

/** A new or replaced object of an update: its number and what goes between `obj` and `endobj`. */
export interface UpdatedObject {
  number: number;
  body: (string | Uint8Array)[];
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
