import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { siteDir } from "../helpers/built-site.ts";
import { CONTRACTS, filesIn, hasStackTrace, runCli, tempFolder } from "../helpers/run-cli.ts";

const NOT_OURS = "test/fixtures/pdfs/not-ours.pdf";
const RANDOM = "test/fixtures/random-bytes.bin";

/** Copies a fixture into a fresh folder, so that the command's default output would land beside it. */
async function inFolder(fixture: string, name = path.basename(fixture)): Promise<{ dir: string; file: string }> {
  const dir = await tempFolder();
  const file = path.join(dir, name);
  await copyFile(fixture, file);
  return { dir, file };
}

describe("autonomy-contract pdf refuses before printing, and writes nothing", () => {
  it("refuses an invalid contract with the same lines as validate", async () => {
    const { dir, file } = await inFolder(`${CONTRACTS}/wrong-type.json`, "contract.json");
    const [pdf, validate] = await Promise.all([runCli(["pdf", file, "--site", siteDir()]), runCli(["validate", file])]);
    expect(pdf.status).toBe(1);
    expect(pdf.stdout).toBe("");
    expect(pdf.stderr).toBe(validate.stderr);
    expect(pdf.stderr).toContain("contract.json: batteryPack.a.hoursPerWeek: “Hours alone I need in an ordinary week” must be a number");
    expect(await filesIn(dir)).toEqual(["contract.json"]);
  });

  it("refuses a contract with a __proto__ key", async () => {
    const { dir, file } = await inFolder(`${CONTRACTS}/proto-key.json`);
    const run = await runCli(["pdf", file, "--site", siteDir()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('proto-key.json: couple.a.__proto__: the key "__proto__" is not allowed');
    expect(await filesIn(dir)).toEqual(["proto-key.json"]);
  });

  it("says to build the site when --site has no built site", async () => {
    const { dir, file } = await inFolder("data/examples/sample-contract.json");
    const empty = await tempFolder();
    const run = await runCli(["pdf", file, "--site", empty]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${empty} has no built site (no contract/index.html): run npm run build first\n`);
    expect(await filesIn(dir)).toEqual(["sample-contract.json"]);
    expect(await filesIn(empty)).toEqual([]);
  });

  it("refuses an output folder that does not exist", async () => {
    const { dir, file } = await inFolder("data/examples/sample-contract.json");
    const out = path.join(dir, "missing", "contract.pdf");
    const run = await runCli(["pdf", file, "--site", siteDir(), "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${out}: cannot be written: the folder "${path.dirname(out)}" does not exist\n`);
    expect(await filesIn(dir)).toEqual(["sample-contract.json"]);
  });

  it("refuses to write the PDF over its own input", async () => {
    const { dir, file } = await inFolder("data/examples/sample-contract.json");
    const before = await readFile(file, "utf8");
    const run = await runCli(["pdf", file, "--site", siteDir(), "--out", path.join(dir, ".", "sample-contract.json")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/: is the input file itself: choose another output file with --out$/m);
    expect(await readFile(file, "utf8")).toBe(before);
    expect(await filesIn(dir)).toEqual(["sample-contract.json"]);
  });

  it("refuses an output name that is a folder", async () => {
    const { dir, file } = await inFolder("data/examples/sample-contract.json");
    const run = await runCli(["pdf", file, "--site", siteDir(), "--out", dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${dir}: is a folder: give a file name with --out\n`);
  });
});

describe("autonomy-contract verify refuses what is not a contract PDF", () => {
  it("refuses a PDF that is not one of ours", async () => {
    const run = await runCli(["verify", NOT_OURS]);
    expect(run).toEqual({ status: 1, stdout: "", stderr: `autonomy-contract: ${NOT_OURS}: not a contract PDF: the PDF has no attached contract.json\n` });
  });

  it("refuses random bytes in one line, without a stack trace", async () => {
    const run = await runCli(["verify", RANDOM]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^autonomy-contract: test\/fixtures\/random-bytes\.bin: not a contract PDF: the file cannot be read as a PDF \(.+\)\n$/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("refuses a missing file", async () => {
    const run = await runCli(["verify", "nowhere.pdf"]);
    expect(run).toEqual({ status: 1, stdout: "", stderr: "autonomy-contract: nowhere.pdf: no such file\n" });
  });
});

describe("autonomy-contract import refuses what is not a filled workbook, and writes nothing", () => {
  it("refuses a PDF that is not ours", async () => {
    const { dir, file } = await inFolder(NOT_OURS);
    const run = await runCli(["import", file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`autonomy-contract: ${file}: cannot import it: not a fillable Autonomy Contract workbook: the PDF has no form fields\n`);
    expect(await filesIn(dir)).toEqual(["not-ours.pdf"]);
  });

  it("refuses random bytes", async () => {
    const out = await tempFolder();
    const run = await runCli(["import", RANDOM, "--out", path.join(out, "contract.json")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^autonomy-contract: test\/fixtures\/random-bytes\.bin: cannot import it: not a fillable Autonomy Contract workbook: the file cannot be read as a PDF \(.+\)\n$/);
    expect(await filesIn(out)).toEqual([]);
  });

  it("refuses to write the contract over its own input", async () => {
    const { dir, file } = await inFolder(NOT_OURS);
    const run = await runCli(["import", file, "--out", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: is the input file itself`);
    expect(await filesIn(dir)).toEqual(["not-ours.pdf"]);
  });

  it("refuses an output folder that does not exist", async () => {
    const out = path.join(await tempFolder(), "missing", "contract.json");
    const run = await runCli(["import", NOT_OURS, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${out}: cannot be written: the folder "${path.dirname(out)}" does not exist\n`);
  });
});
