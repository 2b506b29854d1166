import { createDecipheriv, pbkdf2Sync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  LOCK_ITERATIONS,
  deriveLockKey,
  fromBase64,
  newKeyParameters,
  openEnvelope,
  parseEnvelope,
  sealText,
  toBase64,
} from "../../../src/browser/lock/sealed-envelope.ts";

/**
 * A fixed vector: these inputs give this ciphertext (AES-256-GCM, tag appended), as
 * computed once with OpenSSL through node:crypto (pbkdf2Sync, createCipheriv), an
 * implementation apart from the browser's Web Crypto the workbook uses.
 */
const VECTOR = {
  passphrase: "correct horse battery staple",
  salt: Uint8Array.from(Buffer.from("000102030405060708090a0b0c0d0e0f", "hex")),
  iv: Uint8Array.from(Buffer.from("a0a1a2a3a4a5a6a7a8a9aaab", "hex")),
  iterations: 600_000,
  plaintext: '{"couple":{"a":{"name":"Maya"}}}',
  ciphertext: "0EzQ7w5FqY0VEGmQZbc3yNowjlicPrOXFrNciBxLXIKVgucqPhuAogYcmSxEuCuW",
  key: "ef177144eec9420cbc1093d2a8b344a92bc506d0d4ec9c028dd19f8324d8c1e6",
};

const vectorKey = () => deriveLockKey(VECTOR.passphrase, { salt: VECTOR.salt, iterations: VECTOR.iterations });

describe("the lock's encryption", () => {
  it("turns a known passphrase, salt, IV and iteration count into the known ciphertext", async () => {
    const envelope = await sealText(await vectorKey(), { salt: VECTOR.salt, iterations: VECTOR.iterations }, VECTOR.plaintext, VECTOR.iv);
    expect(envelope).toEqual({
      sealed: 1,
      kdf: "PBKDF2-HMAC-SHA256",
      iterations: 600_000,
      salt: "AAECAwQFBgcICQoLDA0ODw==",
      cipher: "AES-GCM",
      iv: "oKGio6Slpqeoqaqr",
      ciphertext: VECTOR.ciphertext,
    });
  });

  it("agrees with OpenSSL: the vector's key and ciphertext come out of node:crypto too", () => {
    const key = pbkdf2Sync(VECTOR.passphrase, VECTOR.salt, VECTOR.iterations, 32, "sha256");
    expect(key.toString("hex")).toBe(VECTOR.key);
    const bytes = Buffer.from(VECTOR.ciphertext, "base64");
    const decipher = createDecipheriv("aes-256-gcm", key, VECTOR.iv);
    decipher.setAuthTag(bytes.subarray(-16));
    expect(Buffer.concat([decipher.update(bytes.subarray(0, -16)), decipher.final()]).toString("utf8")).toBe(VECTOR.plaintext);
  });

  it("opens the known ciphertext with the known passphrase", async () => {
    const envelope = parseEnvelope(JSON.stringify({ sealed: 1, kdf: "PBKDF2-HMAC-SHA256", iterations: 600_000, salt: toBase64(VECTOR.salt), cipher: "AES-GCM", iv: toBase64(VECTOR.iv), ciphertext: VECTOR.ciphertext }));
    expect(envelope).toBeDefined();
    expect(await openEnvelope(await vectorKey(), envelope!)).toBe(VECTOR.plaintext);
  });

  it("does not open with a wrong passphrase", async () => {
    const sealed = await sealText(await vectorKey(), { salt: VECTOR.salt, iterations: VECTOR.iterations }, VECTOR.plaintext, VECTOR.iv);
    const wrong = await deriveLockKey("correct horse battery stapler", { salt: VECTOR.salt, iterations: VECTOR.iterations });
    expect(await openEnvelope(wrong, sealed)).toBeUndefined();
  });

  it("does not open a ciphertext altered by one bit", async () => {
    const sealed = await sealText(await vectorKey(), { salt: VECTOR.salt, iterations: VECTOR.iterations }, VECTOR.plaintext, VECTOR.iv);
    const bytes = fromBase64(sealed.ciphertext);
    bytes[3]! ^= 1;
    expect(await openEnvelope(await vectorKey(), { ...sealed, ciphertext: toBase64(bytes) })).toBeUndefined();
  });

  it("round-trips any text, with a fresh IV for every write", async () => {
    const parameters = newKeyParameters();
    const key = await deriveLockKey("a few words I remember", parameters);
    const text = JSON.stringify({ note: "Sunday 🌅 breakfast, «ensemble», 一緒に" });
    const [first, second] = [await sealText(key, parameters, text), await sealText(key, parameters, text)];
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(await openEnvelope(key, first)).toBe(text);
    expect(await openEnvelope(key, parseEnvelope(JSON.stringify(second))!)).toBe(text);
  });

  it("matches a passphrase typed in another Unicode form (NFC)", async () => {
    const parameters = newKeyParameters();
    const sealed = await sealText(await deriveLockKey("caf\u00e9 au lait", parameters), parameters, "x");
    expect(await openEnvelope(await deriveLockKey("cafe\u0301 au lait", parameters), sealed)).toBe("x");
  });
});

describe("the iteration count", () => {
  it("is OWASP's 600,000 for PBKDF2-HMAC-SHA256, with a 16-byte salt, stored in the envelope", async () => {
    expect(LOCK_ITERATIONS).toBe(600_000);
    const parameters = newKeyParameters();
    expect(parameters.iterations).toBe(600_000);
    expect(parameters.salt).toHaveLength(16);
    const envelope = await sealText(await deriveLockKey("a few words I remember", parameters), parameters, "x");
    expect(envelope.iterations).toBe(600_000);
    expect(fromBase64(envelope.iv)).toHaveLength(12);
  });

  it("is the one the key is derived with: another count gives another key", async () => {
    const salt = VECTOR.salt;
    const sealed = await sealText(await vectorKey(), { salt, iterations: VECTOR.iterations }, VECTOR.plaintext, VECTOR.iv);
    const fewer = await deriveLockKey(VECTOR.passphrase, { salt, iterations: VECTOR.iterations - 1 });
    expect(await openEnvelope(fewer, sealed)).toBeUndefined();
  });

  it("refuses a stored count too low to be ours, or absurdly high", () => {
    const stored = (iterations: number) => JSON.stringify({ sealed: 1, kdf: "PBKDF2-HMAC-SHA256", iterations, salt: toBase64(VECTOR.salt), cipher: "AES-GCM", iv: toBase64(VECTOR.iv), ciphertext: VECTOR.ciphertext });
    expect(parseEnvelope(stored(600_000))).toBeDefined();
    expect(parseEnvelope(stored(1000))).toBeUndefined();
    expect(parseEnvelope(stored(99_999))).toBeUndefined();
    expect(parseEnvelope(stored(1e9))).toBeUndefined();
    expect(parseEnvelope(stored(600_000.5))).toBeUndefined();
  });

  it("refuses plain contract JSON, other formats and damaged fields", () => {
    const good = { sealed: 1, kdf: "PBKDF2-HMAC-SHA256", iterations: 600_000, salt: toBase64(VECTOR.salt), cipher: "AES-GCM", iv: toBase64(VECTOR.iv), ciphertext: VECTOR.ciphertext };
    expect(parseEnvelope('{"schemaVersion":2}')).toBeUndefined();
    expect(parseEnvelope("not json")).toBeUndefined();
    expect(parseEnvelope(JSON.stringify({ ...good, sealed: 2 }))).toBeUndefined();
    expect(parseEnvelope(JSON.stringify({ ...good, iv: toBase64(new Uint8Array(16)) }))).toBeUndefined();
    expect(parseEnvelope(JSON.stringify({ ...good, salt: "!!" }))).toBeUndefined();
    expect(parseEnvelope(JSON.stringify({ ...good, extra: true }))).toBeUndefined();
  });
});
