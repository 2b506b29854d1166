import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFDict, PDFDocument, PDFName, PDFString } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeList } from "../../src/compare/change-list.ts";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { FINGERPRINT_KEY } from "../../src/pdf/document-info.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { siteDir } from "../helpers/built-site.ts";
import { resign, sampleContract, signedRenewal } from "../helpers/contracts.ts";
import { runCli } from "../helpers/run-cli.ts";

// A chain of three signed versions of the sample, and a renewal that records the
// wrong previous fingerprint, printed as PDFs with one run of `pdf`.

let dir: string;
const pdf = (name: string) => path.join(dir, `${name}.pdf`);
let v1: Record<string, any>;
let v2: Record<string, any>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-cli-renewal-"));
  v1 = await resign(sampleContract());
  v2 = await signedRenewal(v1, (draft) => (draft.batteryPack.b.hoursPerWeek = 3));
  const v3 = await signedRenewal(v2, (draft) => (draft.rituals.list.length = 2));
  const forged = await signedRenewal(v1, (draft) => (draft.previousFingerprint = "0".repeat(64)));
  const files = { v1, v2, v3, forged };
  for (const [name, contract] of Object.entries(files)) await writeFile(path.join(dir, `${name}.json`), JSON.stringify(contract));
  const run = await runCli(["pdf", ...Object.keys(files).map((name) => path.join(dir, `${name}.json`)), "--out-dir", dir, "--site", siteDir()], { timeout: 120_000 });
  if (run.status !== 0) throw new Error(`the PDFs were not made:\n${run.stdout}${run.stderr}`);
}, 150_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("autonomy-contract verify, given the versions of a contract", () => {
  it("verifies each PDF and each link of the chain, in any order", async () => {
    const run = await runCli(["verify", pdf("v3"), pdf("v1"), pdf("v2")]);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trim().split("\n");
    expect(lines.slice(0, 3).map((line) => line.replace(/fingerprint [0-9a-f]{64}/, "fingerprint …"))).toEqual(
      ["v3", "v1", "v2"].map((name) => `${pdf(name)}: verified: Maya Okafor and Jonas Lind, fingerprint …`),
    );
    expect(lines.slice(3)).toEqual(["version 2 renews version 1: ok", "version 3 renews version 2: ok"]);
    expect(run.status).toBe(0);
  });

  it("names a broken link with both fingerprints and exits 1", async () => {
    const run = await runCli(["verify", pdf("v1"), pdf("forged")]);
    expect(run.stdout).toContain(`version 2 in ${pdf("forged")} does not renew version 1 in ${pdf("v1")}: its previous fingerprint is ${"0".repeat(64)} but ${pdf("v1")}'s is ${await fingerprint(v1)}`);
    expect(run.status).toBe(1);
  });

  it("says a version is missing between version 1 and version 3, and exits 1", async () => {
    const run = await runCli(["verify", pdf("v1"), pdf("v3")]);
    expect(run.stdout).toContain(`version 2 is missing: ${pdf("v3")} is version 3 and ${pdf("v1")} is version 1`);
    expect(run.stdout).not.toContain(": ok");
    expect(run.status).toBe(1);
  });

  it("says a changed PDF is changed, checks the chain only between those that verified, and exits 1", async () => {
    const changed = path.join(dir, "changed-v2.pdf");
    const document = await PDFDocument.load(await readFile(pdf("v2")));
    document.context.lookup(document.context.trailerInfo.Info, PDFDict).set(PDFName.of(FINGERPRINT_KEY), PDFString.of("0".repeat(64)));
    await writeFile(changed, await document.save());
    const run = await runCli(["verify", pdf("v1"), changed]);
    expect(run.stdout).toMatch(new RegExp(`^${changed.replaceAll(".", "\\.")}: changed: `, "m"));
    expect(run.stdout).toContain("the renewal chain is checked only between the PDFs that verified");
    expect(run.stdout).not.toContain("renews");
    expect(run.status).toBe(1);
  });

  it("keeps the output of one PDF as it always was", async () => {
    const run = await runCli(["verify", pdf("v2")]);
    expect(run.stdout).toBe(`verified: Maya Okafor and Jonas Lind, fingerprint ${await fingerprint(v2)}\n`);
    expect(run.status).toBe(0);
  });
});

describe("autonomy-contract diff", () => {
  it("prints the change list the workbook shows, by step, from two PDFs", async () => {
    const run = await runCli(["diff", pdf("v1"), pdf("v2")]);
    const schema = await loadSchema();
    const expected = changeList(layoutContract(schema), v1, v2).flatMap((step, index) => [...(index ? [""] : []), step.heading, ...step.entries.map((entry) => `  ${entry.label}: was ${entry.before} / now ${entry.after}`)]);
    expect(run.stdout.trimEnd().split("\n")).toEqual(expected);
    expect(run.stdout).toContain(`  Jonas Lind: “Hours alone I need in an ordinary week”: was ${v1.batteryPack.b.hoursPerWeek} / now 3`);
    expect(run.status).toBe(0);
  });

  it("reads a contract file and a PDF alike, and lists a removed ritual as removed", async () => {
    const run = await runCli(["diff", path.join(dir, "v2.json"), pdf("v3")]);
    expect(run.stdout).toMatch(/^  Ritual 3 \(removed\): was .+; .+ \/ now removed$/m);
    expect(run.status).toBe(0);
  });

  it("says there are no changes between a contract and itself, and exits 0", async () => {
    const run = await runCli(["diff", path.join(dir, "v1.json"), pdf("v1")]);
    expect(run).toEqual({ status: 0, stdout: "no changes\n", stderr: "" });
  });

  it("refuses a file that is not a contract, naming it", async () => {
    const junk = path.join(dir, "junk.json");
    await writeFile(junk, "{ not json");
    const run = await runCli(["diff", junk, pdf("v1")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(junk);
    expect(run.stdout).toBe("");
  });
});
