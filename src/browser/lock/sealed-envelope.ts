/**
 * The lock's encryption, Web Crypto only (issue 15): a key derived from the
 * passphrase with PBKDF2-HMAC-SHA256 over a random 16-byte salt, then AES-GCM with a
 * fresh 12-byte IV for every write. What is stored beside the ciphertext is what
 * opening it needs, except the passphrase and the key, which never leave memory.
 */

/** OWASP's 2023 guidance for PBKDF2-HMAC-SHA256: slow enough that guessing a passphrase from a copied browser profile costs real time. */
export const LOCK_ITERATIONS = 600_000;
/** Fewer than this is refused: a stored count so low can only be damage or tampering. */
export const MIN_ITERATIONS = 100_000;
/** Beyond this, unlocking would take minutes on a phone: refused as damage. */
export const MAX_ITERATIONS = 10_000_000;
/** The envelope's format; a later format is refused rather than misread. */
export const ENVELOPE_FORMAT = 1;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

/** The key's parameters: stored in the lock record and in every envelope. */
export interface KeyParameters {
  salt: Uint8Array;
  iterations: number;
}

/** What is stored in place of the plain text: all base64 but the numbers. */
export interface Envelope {
  sealed: typeof ENVELOPE_FORMAT;
  kdf: "PBKDF2-HMAC-SHA256";
  iterations: number;
  salt: string;
  cipher: "AES-GCM";
  iv: string;
  ciphertext: string;
}

/** Random key parameters for a new passphrase. */
export function newKeyParameters(iterations = LOCK_ITERATIONS): KeyParameters {
  return { salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)), iterations };
}

/**
 * Derives the AES-GCM key from a passphrase. The key cannot be exported, and the
 * passphrase is NFC-normalised so the same words typed on another keyboard match.
 */
export async function deriveLockKey(passphrase: string, { salt, iterations }: KeyParameters): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase.normalize("NFC")), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** Encrypts text under a key; `iv` is fresh and random unless a test fixes it. */
export async function sealText(key: CryptoKey, parameters: KeyParameters, text: string, iv: Uint8Array = crypto.getRandomValues(new Uint8Array(IV_BYTES))): Promise<Envelope> {
  const ciphertext = await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv as BufferSource }, key, new TextEncoder().encode(text));
  return {
    sealed: ENVELOPE_FORMAT,
    kdf: "PBKDF2-HMAC-SHA256",
    iterations: parameters.iterations,
    salt: toBase64(parameters.salt),
    cipher: "AES-GCM",
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** Decrypts an envelope; undefined when the key is not the one it was sealed with (or it was altered). */
export async function openEnvelope(key: CryptoKey, envelope: Envelope): Promise<string | undefined> {
  try {
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(envelope.iv) as BufferSource }, key, fromBase64(envelope.ciphertext) as BufferSource);
    return new TextDecoder("utf-8", { fatal: true }).decode(plain);
  } catch {
    return undefined;
  }
}

/** The key parameters an envelope was sealed with. */
export function parametersOf(envelope: Envelope): KeyParameters {
  return { salt: fromBase64(envelope.salt), iterations: envelope.iterations };
}

/** Whether two sets of key parameters derive the same key from the same passphrase. */
export function sameParameters(a: KeyParameters, b: KeyParameters): boolean {
  return a.iterations === b.iterations && toBase64(a.salt) === toBase64(b.salt);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Reads stored text as an envelope, strictly: every field present, of its type and
 * size; anything else (plain contract JSON included) is undefined.
 */
export function parseEnvelope(text: string): Envelope | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const found = value as Record<string, unknown>;
  const keys = ["sealed", "kdf", "iterations", "salt", "cipher", "iv", "ciphertext"];
  if (Object.keys(found).sort().join() !== [...keys].sort().join()) return undefined;
  const { sealed, kdf, iterations, salt, cipher, iv, ciphertext } = found;
  if (sealed !== ENVELOPE_FORMAT || kdf !== "PBKDF2-HMAC-SHA256" || cipher !== "AES-GCM") return undefined;
  if (typeof iterations !== "number" || !Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return undefined;
  if (![salt, iv, ciphertext].every((part) => typeof part === "string" && BASE64.test(part))) return undefined;
  if (fromBase64(salt as string).length !== SALT_BYTES || fromBase64(iv as string).length !== IV_BYTES) return undefined;
  // AES-GCM's tag alone is 16 bytes.
  if (fromBase64(ciphertext as string).length < 16) return undefined;
  return found as unknown as Envelope;
}

/** Bytes as base64. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 as bytes. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
