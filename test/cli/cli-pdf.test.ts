import { existsSync } from "node:fs";
import { copyFile, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFDict, PDFDocument, PDFName, PDFString } from "@cantoo/pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateContract } from "../../src/contract/validate-contract.ts";
import { buildDownloads } from "../../src/pdf/build-downloads.ts";
import { FINGERPRINT_KEY, WORDING_KEY } from "../../src/pdf/document-info.ts";
import { DOWNLOADS_DIR } from "../../src/pdf/workbook-pdfs.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { siteDir } from "../helpers/built-site.ts";
import { CONTRACTS, filesIn, hasStackTrace, runCli, tempFolder } from "../helpers/run-cli.ts";

// These tests run the whole PDF stage: Chromium, the built site's /contract/ page,
// the contract PDF's attachment and footers, and the fillable workbook's form.

const SAMPLE = "data/examples/sample-contract.json";
const FILLABLE = "workbook-fillable-a4.pdf";
const FINGERPRINT = /fingerprint ([0-9a-f]{64})$/m;

let shared: string;
/** The sample contract printed once on A4, for the tests that read or verify it. */
let samplePdf: string;
let sampleRun: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  shared = await mkdtemp(path.join(os.tmpdir(), "autonomy-cli-pdf-"));
  await copyFile(SAMPLE, path.join(shared, "sample-contract.json"));
  sampleRun = await runCli(["pdf", path.join(shared, "sample-contract.json"), "--site", siteDir()]);
  samplePdf = path.join(shared, "sample-contract.pdf");
});

afterAll(async () => {
  if (shared) await rm(shared, { recursive: true, force: true });
});

/** The paper of a PDF's first page, by its size in points (Chromium rounds to its own units). */
async function paperOf(file: string): Promise<string> {
  const page = (await PDFDocument.load(await readFile(file))).getPage(0);
  const near = (width: number, height: number) => Math.abs(page.getWidth() - width) < 2 && Math.abs(page.getHeight() - height) < 2;
  return near(595.3, 841.9) ? "a4" : near(612, 792) ? "letter" : `${page.getWidth()} x ${page.getHeight()}`;
}

describe("autonomy-contract pdf", () => {
  it("writes the PDF beside the contract and says where, how big and whose", async () => {
    expect(sampleRun.stderr).toBe("");
    expect(sampleRun.status).toBe(0);
    expect(sampleRun.stdout).toMatch(
      new RegExp(`^wrote ${path.join(shared, "sample-contract.pdf").replaceAll(".", "\\.")} \\([\\d.]+ KB\\): the contract of Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\\n$`),
    );
    expect((await readFile(samplePdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await filesIn(shared)).toEqual(["sample-contract.json", "sample-contract.pdf"]);
  });

  it("prints on A4 by default", async () => {
    expect(await paperOf(samplePdf)).toBe("a4");
  });

  it("prints on US Letter with --paper letter, to --out", async () => {
    const dir = await tempFolder();
    const out = path.join(dir, "ours.pdf");
    const run = await runCli(["pdf", SAMPLE, "--paper", "letter", "--out", out, "--site", siteDir()]);
    expect(run.status).toBe(0);
    expect(await paperOf(out)).toBe("letter");
    expect(await filesIn(dir)).toEqual(["ours.pdf"]);
  });

  it("says how to get Chromium when there is none, in one line, and writes nothing", async () => {
    const dir = await tempFolder();
    await copyFile(SAMPLE, path.join(dir, "contract.json"));
    const run = await runCli(["pdf", path.join(dir, "contract.json"), "--site", siteDir()], { env: { PUPPETEER_EXECUTABLE_PATH: "/nonexistent" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^autonomy-contract: PUPPETEER_EXECUTABLE_PATH is "\/nonexistent", which is not an executable file; unset it, or run `npm run setup`.*npx puppeteer browsers install chrome`\n$/);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(await filesIn(dir)).toEqual(["contract.json"]);
  });
});

describe("autonomy-contract verify", () => {
  it("verifies a PDF the pdf command made, with the contract's own fingerprint", async () => {
    const [verify, validate] = await Promise.all([runCli(["verify", samplePdf]), runCli(["validate", SAMPLE])]);
    expect(verify.stderr).toBe("");
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/^verified: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\n$/);
    expect(FINGERPRINT.exec(verify.stdout)?.[1]).toBe(FINGERPRINT.exec(validate.stdout)?.[1]);
  });

  it("reports a changed PDF one problem per line, exit 1", async () => {
    const pdf = await PDFDocument.load(await readFile(samplePdf));
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    info.set(PDFName.of(FINGERPRINT_KEY), PDFString.of("0".repeat(64)));
    const changed = path.join(await tempFolder(), "changed.pdf");
    await writeFile(changed, await pdf.save());
    const run = await runCli(["verify", changed]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^changed: \S/);
    expect(run.stdout).toContain(`fingerprint ${"0".repeat(64)}`);
  });

  it("verifies a PDF made with another wording of the agreement, and notes that the wording changed", async () => {
    const pdf = await PDFDocument.load(await readFile(samplePdf));
    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    info.set(PDFName.of(WORDING_KEY), PDFString.of("e".repeat(64)));
    const older = path.join(await tempFolder(), "older-wording.pdf");
    await writeFile(older, await pdf.save());
    const run = await runCli(["verify", older]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^verified: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\nnote: the wording of the agreement has changed since this PDF was made; the answers and signatures are unchanged\n$/,
    );
  });

  it("prints names with HTML, <script> and file:// exactly as written", async () => {
    const dir = await tempFolder();
    const out = path.join(dir, "markup.pdf");
    const made = await runCli(["pdf", `${CONTRACTS}/markup-names.json`, "--out", out, "--site", siteDir()]);
    expect(made.stderr).toBe("");
    const run = await runCli(["verify", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^verified: <script>alert\(1\)<\/script> and <b>Jo<\/b> file:\/\/\/etc\/passwd, fingerprint [0-9a-f]{64}\n$/);
  });
});

describe("autonomy-contract import", () => {
  let workbook: string;
  let printed: string | undefined;

  beforeAll(async () => {
    workbook = path.join(siteDir(), DOWNLOADS_DIR, FILLABLE);
    if (!existsSync(workbook)) {
      // A site built without its PDFs: print them into a copy, never into the shared site.
      printed = await mkdtemp(path.join(os.tmpdir(), "autonomy-cli-workbook-"));
      await cp(siteDir(), printed, { recursive: true });
      await buildDownloads(printed);
      workbook = path.join(printed, DOWNLOADS_DIR, FILLABLE);
    }
  }, 180_000);

  afterAll(async () => {
    if (printed) await rm(printed, { recursive: true, force: true });
  });

  /** The fillable workbook with some answers typed in, saved into `dir`. */
  async function filledWorkbook(dir: string, answers: Record<string, string>): Promise<string> {
    const pdf = await PDFDocument.load(await readFile(workbook));
    const form = pdf.getForm();
    for (const [name, value] of Object.entries(answers)) form.getTextField(name).setText(value);
    const file = path.join(dir, "filled.pdf");
    await writeFile(file, await pdf.save());
    return file;
  }

  it("writes the answers as pretty JSON beside the PDF, a valid draft, and says to sign again", async () => {
    const dir = await tempFolder();
    const file = await filledWorkbook(dir, {
      "couple.a.name": "Maya <b>Okafor</b>",
      "couple.b.name": "Jonas Lind",
      // A date is written in its eight boxes on paper: day, month, year.
      "couple.startDate": "01032026",
      "batteryPack.a.hoursPerWeek": "6,5",
    });
    const run = await runCli(["import", file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = path.join(dir, "filled.json");
    expect(run.stdout).toMatch(new RegExp(`^wrote ${out.replaceAll(".", "\\.")}: \\d+ answers read from the workbook\\n`));
    expect(run.stdout).toContain("signatures are not carried over: open the file in the workbook and sign again there\n");
    const text = await readFile(out, "utf8");
    const data = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
    expect(data).toMatchObject({
      schemaVersion: 3,
      couple: { a: { name: "Maya <b>Okafor</b>" }, b: { name: "Jonas Lind" }, startDate: "2026-03-01" },
      batteryPack: { a: { hoursPerWeek: 6.5 } },
    });
    expect(validateContract(await loadSchema(), data, "draft")).toMatchObject({ ok: true });
    expect(await filesIn(dir)).toEqual(["filled.json", "filled.pdf"]);
  });

  it("refuses an answer that does not fit, one path: message line, and writes nothing", async () => {
    const dir = await tempFolder();
    const file = await filledWorkbook(dir, { "couple.a.name": "Maya", "couple.startDate": "31022026" });
    const run = await runCli(["import", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`autonomy-contract: ${file}: couple.startDate: “The date this contract starts” must be a real date, written like 2026-03-14\n`);
    expect(await filesIn(dir)).toEqual(["filled.pdf"]);
  });

  it("refuses a number that cannot be read, and writes nothing", async () => {
    const dir = await tempFolder();
    const file = await filledWorkbook(dir, { "batteryPack.a.hoursPerWeek": "lots" });
    const out = path.join(dir, "ours.json");
    const run = await runCli(["import", file, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^autonomy-contract: \S+filled\.pdf: cannot import it: batteryPack\.a\.hoursPerWeek: "lots" is not a number/);
    expect(await filesIn(dir)).toEqual(["filled.pdf"]);
  });
});
