import { deflateSync, inflateRawSync, inflateSync } from "node:zlib";

// pdf-lib compresses and decompresses with fflate, in JavaScript. The bundle of the
// command line and the build (src/cli/build-command-line.ts) puts these in its place:
// the same functions on Node's zlib, in C, several times quicker. Saving the four
// workbook PDFs with object streams spent about 0.4 s of the build in fflate's
// deflate (issue 11). These are the only fflate functions pdf-lib imports.

const view = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** fflate's zlibSync: DEFLATE with the zlib wrapper (what a PDF's FlateDecode reads). */
export function zlibSync(data: Uint8Array, options: { level?: number } = {}): Uint8Array {
  return view(deflateSync(data, { level: options.level ?? 6 }));
}

/** fflate's unzlibSync: reads DEFLATE with the zlib wrapper. */
export function unzlibSync(data: Uint8Array): Uint8Array {
  return view(inflateSync(data));
}

/** fflate's inflateSync: reads raw DEFLATE, without a wrapper. */
export function inflateSync_(data: Uint8Array): Uint8Array {
  return view(inflateRawSync(data));
}

export { inflateSync_ as inflateSync };
