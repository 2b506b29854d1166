import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { ROOT } from "../helpers/run-build.ts";

const SAMPLE = JSON.parse(readFileSync(path.join(ROOT, "data/examples/sample-contract.json"), "utf8")) as Record<string, any>;

/** SHA-256 of a hand-written canonical JSON text, in lower-case hex: the expected fingerprint. */
function sha256(canonical: string): string {
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** The same data with every object's keys in reverse order, at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reverseKeys(child)]));
  }
  return value;
}

describe("fingerprint", () => {
  it("hashes a small object's canonical JSON: sorted keys, no whitespace", async () => {
    expect(await fingerprint({ b: 2, a: "x", c: { z: true, y: null } })).toBe(sha256('{"a":"x","b":2,"c":{"y":null,"z":true}}'));
  });

  it("sorts keys by UTF-16 code units, as RFC 8785 section 3.2.3 shows", async () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    // The emoji's high surrogate (D83D) sorts before FB33, though its code point (1F600) is larger.
    const canonical =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
      '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    expect(await fingerprint(input)).toBe(sha256(canonical));
  });

  it("writes numbers, strings and literals as RFC 8785 section 3.2.2 shows", async () => {
    const input = JSON.parse(
      String.raw`{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}`,
    );
    const canonical = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(await fingerprint(input)).toBe(sha256(canonical));
  });

  it("writes numbers as ECMAScript does: 1.0 as 1, -0 as 0, exponents from 1e21", async () => {
    const input = JSON.parse("[1.0, -0, 2.50, 1e21, 123e18, 1e-6, 1e-7, -1.5E-7, 0.1]");
    const canonical = '{"n":[1,0,2.5,1e+21,123000000000000000000,0.000001,1e-7,-1.5e-7,0.1]}';
    expect(await fingerprint({ n: input })).toBe(sha256(canonical));
  });

  it("escapes control characters in strings and leaves other characters as they are", async () => {
    const input = { s: "tab\there\u001f, quote \" slash / back \\ line\u2028<é>" };
    const canonical = String.raw`{"s":"tab\there\u001f, quote \" slash / back \\ line` + "\u2028<é>" + '"}';
    expect(await fingerprint(input)).toBe(sha256(canonical));
  });

  it("is 64 lower-case hex digits", async () => {
    expect(await fingerprint(SAMPLE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on the order of keys", async () => {
    expect(await fingerprint(reverseKeys(SAMPLE) as Record<string, unknown>)).toBe(await fingerprint(SAMPLE));
  });

  it("leaves the signatures out: changing them keeps the fingerprint", async () => {
    const resigned = structuredClone(SAMPLE);
    resigned.signatures.a.name = "M. Okafor";
    resigned.signatures.b.date = "2026-03-02";
    delete resigned.signatures.witness;
    expect(await fingerprint(resigned)).toBe(await fingerprint(SAMPLE));
  });

  it("leaves the signatures out: a contract without them has the same fingerprint", async () => {
    const { signatures: _signatures, ...unsigned } = SAMPLE;
    expect(await fingerprint(unsigned)).toBe(await fingerprint(SAMPLE));
  });

  it.each([
    ["a name", (c: any) => (c.couple.a.name = "Maya O.")],
    ["a number", (c: any) => (c.batteryPack.b.hoursPerWeek = 3)],
    ["the order of a list", (c: any) => c.rituals.list.reverse()],
    ["an added optional answer", (c: any) => (c.batteryPack.b.otherActivities = "Long baths")],
    ["a removed optional answer", (c: any) => delete c.couple.a.pronouns],
  ])("changes when an answer changes: %s", async (_, edit) => {
    const changed = structuredClone(SAMPLE);
    edit(changed);
    expect(await fingerprint(changed)).not.toBe(await fingerprint(SAMPLE));
  });

  it("matches the fingerprint stored in both of the sample contract's signatures", async () => {
    const current = await fingerprint(SAMPLE);
    expect([SAMPLE.signatures.a.fingerprint, SAMPLE.signatures.b.fingerprint]).toEqual([current, current]);
  });

  it("does not change the contract it reads", async () => {
    const copy = structuredClone(SAMPLE);
    await fingerprint(copy);
    expect(copy).toEqual(SAMPLE);
  });
});
