import { describe, expect, it } from "vitest";
import { checkRenewalChain, type ChainVersion } from "../../src/contract/renewal-chain.ts";

const print = (digit: string) => digit.repeat(64);
const version = (file: string, contractVersion: number | undefined, fingerprint: string, previousFingerprint?: string): ChainVersion => ({
  file,
  fingerprint,
  data: { schemaVersion: 3, ...(contractVersion === undefined ? {} : { contractVersion }), ...(previousFingerprint ? { previousFingerprint } : {}) },
});

describe("checkRenewalChain", () => {
  it("accepts each link of a chain given in any order, one line per link", () => {
    const links = checkRenewalChain([version("v3.pdf", 3, print("3"), print("2")), version("v1.pdf", 1, print("1")), version("v2.pdf", 2, print("2"), print("1"))]);
    expect(links).toEqual([
      { ok: true, text: "version 2 renews version 1: ok" },
      { ok: true, text: "version 3 renews version 2: ok" },
    ]);
  });

  it("reads a first contract without a version number as version 1", () => {
    expect(checkRenewalChain([version("v2.pdf", 2, print("2"), print("1")), version("v1.pdf", undefined, print("1"))])).toEqual([{ ok: true, text: "version 2 renews version 1: ok" }]);
  });

  it("names a broken link: the newer's previous fingerprint is not the older's", () => {
    const [link] = checkRenewalChain([version("v1.pdf", 1, print("1")), version("v2.pdf", 2, print("2"), print("9"))]);
    expect(link).toEqual({ ok: false, text: `version 2 in v2.pdf does not renew version 1 in v1.pdf: its previous fingerprint is ${print("9")} but v1.pdf's is ${print("1")}` });
  });

  it("names a renewal that records no previous fingerprint", () => {
    const [link] = checkRenewalChain([version("v1.pdf", 1, print("1")), version("v2.pdf", 2, print("2"))]);
    expect(link?.ok).toBe(false);
    expect(link?.text).toMatch(/^version 2 in v2\.pdf does not renew version 1 in v1\.pdf: it records no previous fingerprint/);
  });

  it("says a missing version is missing rather than calling the link broken", () => {
    const [link] = checkRenewalChain([version("v1.pdf", 1, print("1")), version("v3.pdf", 3, print("3"), print("2"))]);
    expect(link).toEqual({ ok: false, text: "version 2 is missing: v3.pdf is version 3 and v1.pdf is version 1; give every version from 1 to 3" });
  });

  it("refuses two files of the same version", () => {
    const [link] = checkRenewalChain([version("a.pdf", 2, print("2"), print("1")), version("b.pdf", 2, print("4"), print("1"))]);
    expect(link).toEqual({ ok: false, text: "a.pdf and b.pdf are both version 2: a chain has one file per version" });
  });
});
