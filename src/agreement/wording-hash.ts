import canonicalize from "canonicalize";
import type { ClauseSet } from "./clause-file.ts";

/**
 * The SHA-256 of the clauses' canonical JSON (RFC 8785), in lower-case hex: which
 * wording of the agreement a PDF was made with. The contract's fingerprint covers
 * the answers alone, so a new wording never changes what was signed; this hash lets
 * `verify` tell a PDF made with another wording from a changed contract. Web Crypto,
 * in the browser and in Node alike.
 */
export async function wordingHash(clauses: ClauseSet): Promise<string> {
  const canonical = canonicalize(clauses);
  if (canonical === undefined) throw new Error("the clauses must be a JSON object");
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
