import canonicalize from "canonicalize";
import { SIGNATURES } from "../layout/contract-names.ts";

/**
 * The SHA-256 of a contract's canonical JSON (RFC 8785), without its signatures, in
 * lower-case hex. Canonical JSON makes the same answers give the same fingerprint
 * whatever the key order or number spelling; signatures are left out because they
 * are what gets added after the content is fixed. Uses Web Crypto, which both the
 * browser and Node provide.
 */
export async function fingerprint(contract: Record<string, unknown>): Promise<string> {
  const { [SIGNATURES]: _signatures, ...content } = contract;
  const canonical = canonicalize(content);
  if (canonical === undefined) throw new Error("a contract must be a JSON object");
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
