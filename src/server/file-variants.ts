import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** How a body is sent: as it is on disk, or compressed. */
export type Encoding = "br" | "gzip" | "identity";

/** A body ready to send, with its validator. */
export interface Variant {
  body: Buffer;
  /** A strong ETag: one per file content and encoding, since each is a different byte sequence. */
  etag: string;
}

interface Entry {
  mtimeMs: number;
  size: number;
  hash: string;
  variants: Partial<Record<Encoding, Buffer>>;
}

/**
 * Picks the encoding to send from an Accept-Encoding header: brotli, then gzip,
 * then the file as it is; `q=0` refuses one.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map(
    (acceptEncoding ?? "").split(",").map((part) => {
      const [name = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/**
 * Reads files and keeps each one's compressed forms in memory, until the file
 * changes (its size or time differ), so a rebuilt site is served fresh. Brotli at
 * quality 5: near its best ratio for text this size, at a fraction of quality 11's
 * time, since the server compresses on first request, not at build time.
 */
export function fileVariants() {
  const cache = new Map<string, Entry>();
  return async function variantOf(file: string, info: { mtimeMs: number; size: number }, encoding: Encoding): Promise<Variant> {
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== info.mtimeMs || entry.size !== info.size) {
      const body = await readFile(file);
      entry = { mtimeMs: info.mtimeMs, size: info.size, hash: createHash("sha256").update(body).digest("base64url").slice(0, 22), variants: { identity: body } };
      cache.set(file, entry);
    }
    const identity = entry.variants.identity!;
    const body = (entry.variants[encoding] ??=
      encoding === "br"
        ? brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } })
        : encoding === "gzip"
          ? gzipSync(identity, { level: 9 })
          : identity);
    return { body, etag: `"${entry.hash}${encoding === "identity" ? "" : `-${encoding}`}"` };
  };
}
