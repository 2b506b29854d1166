import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPageTexts } from "../../src/pdf/extract-page-text.ts";
import { DRAFT_MARK } from "../../src/browser/contract/print-footer.ts";
import { siteDir } from "../helpers/built-site.ts";
import { filesIn, runCli, tempFolder } from "../helpers/run-cli.ts";

const SAMPLE = "data/examples/sample-contract.json";
const UNSIGNED = "test/fixtures/contracts/sample-unsigned.json";

describe("pdf of many contracts", () => {
  it("prints the good ones, reports each bad one on its own lines, writes nothing for them, and exits 1", async () => {
    const dir = await tempFolder();
    const out = await tempFolder();
    await copyFile(SAMPLE, path.join(dir, "a.json"));
    await copyFile(SAMPLE, path.join(dir, "c.json"));
    await writeFile(path.join(dir, "b.json"), '{"schemaVersion": 2, "schemaVersion": 2}');
    await copyFile(UNSIGNED, path.join(dir, "d.json"));
    const run = await runCli(["pdf", dir, "--out-dir", out, "--site", siteDir()]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n").filter(Boolean).map((line) => line.split(" ")[1])).toEqual([path.join(out, "a.pdf"), path.join(out, "c.pdf")]);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      `autonomy-contract: ${path.join(dir, "b.json")}: schemaVersion: the key "schemaVersion" appears twice; keep one`,
      `autonomy-contract: ${path.join(dir, "d.json")}: signatures.a: Maya Okafor has not signed: sign in the workbook`,
      `autonomy-contract: ${path.join(dir, "d.json")}: signatures.b: Jonas Lind has not signed: sign in the workbook`,
      "autonomy-contract: 2 of 4 contracts failed; the other 2 were printed",
    ]);
    expect(await filesIn(out)).toEqual(["a.pdf", "c.pdf"]);
    for (const name of ["a.pdf", "c.pdf"]) {
      const verified = await runCli(["verify", path.join(out, name)]);
      expect(verified.stdout).toMatch(/^verified: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\n$/);
    }
  });

  it("names each PDF after its file beside it when given several files, and refuses --out for them", async () => {
    const dir = await tempFolder();
    await copyFile(SAMPLE, path.join(dir, "one.json"));
    await copyFile(SAMPLE, path.join(dir, "two.json"));
    const refused = await runCli(["pdf", path.join(dir, "one.json"), path.join(dir, "two.json"), "--out", path.join(dir, "x.pdf"), "--site", siteDir()]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^autonomy-contract: --out names one PDF: use --out-dir for several contracts\n/);
    const run = await runCli(["pdf", path.join(dir, "one.json"), path.join(dir, "two.json"), "--site", siteDir()]);
    expect(run.status).toBe(0);
    expect(await filesIn(dir)).toEqual(["one.json", "one.pdf", "two.json", "two.pdf"]);
  });
});

describe("pdf --draft", () => {
  it("prints an unsigned contract with the draft mark on every page, and verify calls it a draft (exit 1)", async () => {
    const dir = await tempFolder();
    await copyFile(UNSIGNED, path.join(dir, "draft.json"));
    const run = await runCli(["pdf", "--draft", path.join(dir, "draft.json"), "--site", siteDir()]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/: a draft \(not signed\) of the contract of Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\n$/);
    const pages = await extractPageTexts(new Uint8Array(await readFile(path.join(dir, "draft.pdf"))));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain(DRAFT_MARK);
    const verified = await runCli(["verify", path.join(dir, "draft.pdf")]);
    expect(verified.status).toBe(1);
    expect(verified.stdout).toMatch(/^draft: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}: printed as a draft, not signed; sign it in the workbook\n$/);
  });

  it("still refuses an unsigned contract without --draft", async () => {
    const dir = await tempFolder();
    await copyFile(UNSIGNED, path.join(dir, "draft.json"));
    const run = await runCli(["pdf", path.join(dir, "draft.json"), "--site", siteDir()]);
    expect(run.status).toBe(1);
    expect(await filesIn(dir)).toEqual(["draft.json"]);
  });
});
