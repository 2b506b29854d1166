/**
 * Just enough of PDF's object syntax (ISO 32000-1, 7.2-7.3) to read a dictionary as
 * its keys and the raw text of their values, so that one can be rewritten with some
 * entries changed and the others copied byte for byte. The text is the file decoded
 * as Latin-1, so that offsets in it are offsets in the file.
 */

/** A dictionary's entries in order: key (without its slash) and the value's raw text. */
export type PdfDictEntries = [key: string, value: string][];

const WHITESPACE = new Set(["\0", "\t", "\n", "\f", "\r", " "]);
const DELIMITERS = new Set(["(", ")", "<", ">", "[", "]", "{", "}", "/", "%"]);

/** Reads the dictionary that starts at `at` (after optional whitespace); throws on anything else. */
export function readPdfDict(text: string, at: number): { entries: PdfDictEntries; end: number } {
  let index = skipSpace(text, at);
  if (!text.startsWith("<<", index)) throw new SyntaxError(`no dictionary at offset ${index}`);
  index += 2;
  const entries: PdfDictEntries = [];
  for (;;) {
    index = skipSpace(text, index);
    if (text.startsWith(">>", index)) return { entries, end: index + 2 };
    if (text[index] !== "/") throw new SyntaxError(`a dictionary key was expected at offset ${index}`);
    const keyEnd = endOfRegular(text, index + 1);
    const key = text.slice(index + 1, keyEnd);
    const valueStart = skipSpace(text, keyEnd);
    const valueEnd = endOfValue(text, valueStart);
    entries.push([key, text.slice(valueStart, valueEnd)]);
    index = valueEnd;
  }
}

/** The raw text of the value that starts at `at` (after optional whitespace), and where it ends. */
export function readPdfValue(text: string, at: number): { value: string; end: number } {
  const start = skipSpace(text, at);
  const end = endOfValue(text, start);
  return { value: text.slice(start, end), end };
}

/** The raw text of each item of an array value (`[1 0 R 2 0 R]`, `[0 0 595 842]`). */
export function readPdfArray(value: string): string[] {
  const text = value.trim();
  if (!text.startsWith("[")) throw new SyntaxError(`not an array: ${text.slice(0, 20)}`);
  const items: string[] = [];
  for (let index = skipSpace(text, 1); text[index] !== "]"; ) {
    if (index >= text.length) throw new SyntaxError("the text ends inside an array");
    const end = endOfValue(text, index);
    items.push(text.slice(index, end));
    index = skipSpace(text, end);
  }
  return items;
}

/** The text of a string value, literal (`(...)`, with its escapes) or hex (`<FEFF...>`); undefined for anything else. */
export function decodePdfString(value: string): string | undefined {
  const text = value.trim();
  let bytes: number[];
  if (text.startsWith("(") && text.endsWith(")")) bytes = literalBytes(text.slice(1, -1));
  else if (/^<[0-9A-Fa-f\s]*>$/.test(text)) {
    const hex = text.slice(1, -1).replace(/\s+/g, "");
    bytes = (hex.length % 2 ? `${hex}0` : hex).match(/../g)?.map((pair) => parseInt(pair, 16)) ?? [];
  } else return undefined;
  // UTF-16BE with a byte order mark, or else PDFDocEncoding, which is Latin-1 for the characters of a URL.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(new Uint8Array(bytes.slice(2)));
  return String.fromCharCode(...bytes);
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };

/** The bytes of a literal string's content (ISO 32000-1, 7.3.4.2). */
function literalBytes(content: string): number[] {
  const bytes: number[] = [];
  for (let index = 0; index < content.length; index++) {
    const char = content[index]!;
    if (char !== "\\") {
      bytes.push(char.charCodeAt(0));
      continue;
    }
    const next = content[++index] ?? "";
    const octal = /^[0-7]{1,3}/.exec(content.slice(index, index + 3));
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff);
      index += octal[0].length - 1;
    } else if (next in ESCAPES) bytes.push(ESCAPES[next]!);
    else if (next === "\r") index += content[index + 1] === "\n" ? 1 : 0; // a line break after a backslash is no character
    else if (next !== "\n") bytes.push(next.charCodeAt(0));
  }
  return bytes;
}

/** The offset just after the value that starts at `at`. */
function endOfValue(text: string, at: number): number {
  const char = text[at];
  if (char === undefined) throw new SyntaxError("the file ends inside a value");
  if (text.startsWith("<<", at)) return readPdfDict(text, at).end;
  if (char === "<") return closing(text, at, ">") + 1;
  if (char === "(") return endOfLiteral(text, at);
  if (char === "/") return endOfRegular(text, at + 1);
  if (char === "[") {
    let index = skipSpace(text, at + 1);
    while (text[index] !== "]") {
      if (index >= text.length) throw new SyntaxError("the file ends inside an array");
      index = skipSpace(text, endOfValue(text, index));
    }
    return index + 1;
  }
  const end = endOfRegular(text, at);
  if (end === at) throw new SyntaxError(`unexpected "${char}" at offset ${at}`);
  // An indirect reference is three tokens: "12 0 R".
  const reference = /^[\0\t\n\f\r ]+\d+[\0\t\n\f\r ]+R(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/.exec(text.slice(end, end + 32));
  return /^\d+$/.test(text.slice(at, end)) && reference ? end + reference[0].length : end;
}

/** A literal string's end: parentheses nest, and a backslash escapes the next character. */
function endOfLiteral(text: string, at: number): number {
  let depth = 0;
  for (let index = at; index < text.length; index++) {
    const char = text[index];
    if (char === "\\") index++;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return index + 1;
  }
  throw new SyntaxError("the file ends inside a string");
}

function closing(text: string, at: number, char: string): number {
  const end = text.indexOf(char, at);
  if (end === -1) throw new SyntaxError("the file ends inside a hex string");
  return end;
}

function endOfRegular(text: string, at: number): number {
  let index = at;
  while (index < text.length && !WHITESPACE.has(text[index]!) && !DELIMITERS.has(text[index]!)) index++;
  return index;
}

/** Skips whitespace and comments. */
export function skipSpace(text: string, at: number): number {
  let index = at;
  for (;;) {
    while (index < text.length && WHITESPACE.has(text[index]!)) index++;
    if (text[index] !== "%") return index;
    while (index < text.length && text[index] !== "\n" && text[index] !== "\r") index++;
  }
}
