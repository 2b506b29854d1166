import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import type { BrowserContext, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAt, parsePath } from "../../src/contract/field-path.ts";
import { listPaperFields } from "../../src/layout/paper-fields.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { siteDir } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { sampleContract } from "../helpers/contracts.ts";
import { runCli } from "../helpers/run-cli.ts";
import { CONTRACT_FIXTURES, SAMPLE_CONTRACT, openQuestion, profilesOf, storedText, valueOf } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

let files: string;
let filledEach: string;
let filledJointWithProblem: string;
let signed: string;

/** Fills a fillable workbook PDF of the built site with the sample's answers, as a person in a PDF reader would, and saves it. */
async function fillWorkbook(source: string, target: string, override: Record<string, string> = {}): Promise<string> {
  const schema = await loadSchema();
  const pdf = await PDFDocument.load(await readFile(path.join(siteDir(), "downloads", source)));
  const form = pdf.getForm();
  const sample = sampleContract();
  for (const field of listPaperFields(schema)) {
    const value = field.name in override ? override[field.name] : getAt(sample, parsePath(field.name));
    if (value === undefined) continue;
    if (field.kind === "choices") (value as string[]).forEach((option) => form.getCheckBox(`${field.name}.${field.options.indexOf(option)}`).check());
    else if (field.kind === "choice") form.getRadioGroup(field.name).select(typeof value === "boolean" ? (value ? "Yes" : "No") : String(value));
    else if (field.kind === "check") value && form.getCheckBox(field.name).check();
    // A date is written in its boxes: day, month, year.
    else if (field.kind === "date" && !(field.name in override)) form.getTextField(field.name).setText(String(value).split("-").reverse().join(""));
    else form.getTextField(field.name).setText(String(value));
  }
  const file = path.join(files, target);
  await writeFile(file, await pdf.save());
  return file;
}

beforeAll(async () => {
  files = await mkdtemp(path.join(os.tmpdir(), "autonomy-open-pdf-"));
  filledEach = await fillWorkbook("workbook-each-fillable-a4.pdf", "filled-each.pdf");
  filledJointWithProblem = await fillWorkbook("workbook-fillable-letter.pdf", "filled-with-a-problem.pdf", { "couple.reviewDate": "31022026" });
  signed = path.join(files, "signed.pdf");
  const run = await runCli(["pdf", SAMPLE_CONTRACT, "--out", signed, "--site", siteDir()]);
  if (run.status !== 0) throw new Error(`the signed contract PDF was not made:\n${run.stderr}`);
});
afterAll(async () => {
  await rm(files, { recursive: true, force: true });
});

/** Opens the workbook, recording every script it loads and every error it logs. */
async function openWorkbook(context: BrowserContext): Promise<{ page: Page; scripts: string[]; problems: string[] }> {
  const page = await context.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => void (request.resourceType() === "script" && scripts.push(new URL(request.url()).pathname)));
  page.on("console", (message) => void (message.type() === "error" && problems.push(message.text())));
  page.on("pageerror", (error) => void problems.push(String(error)));
  await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
  return { page, scripts, problems };
}

async function choose(page: Page, file: string): Promise<string> {
  await (await page.$("input[data-import-file]"))?.uploadFile(file);
  const name = path.basename(file);
  await page.waitForFunction(
    (quoted) => document.querySelector("dialog[data-confirm][open]") || document.querySelector('[data-notice="import"]')?.textContent?.includes(quoted),
    { timeout: 30_000 },
    `“${name}”`,
  );
  if (await page.$("dialog[data-confirm][open]")) {
    await page.click("[data-confirm-yes]");
    await page.waitForFunction((quoted) => document.querySelector('[data-notice="import"]')?.textContent?.includes(quoted), {}, `“${name}”`);
  }
  return page.$eval('[data-notice="import"]', (element) => (element as HTMLElement).innerText);
}

const stored = async (page: Page) => JSON.parse((await storedText(page)) ?? "null") as Record<string, any>;

describe("opening a PDF in the workbook", () => {
  it("loads the PDF reader only once a PDF is chosen, as a file of the site apart from the workbook's own script", async () => {
    await withProfile(async (context) => {
      const { page, scripts, problems } = await openWorkbook(context);
      await choose(page, SAMPLE_CONTRACT);
      expect(scripts.filter((script) => script.includes("read-pdf-file"))).toEqual([]);
      await choose(page, signed);
      const reader = scripts.filter((script) => script.includes("read-pdf-file"));
      expect(reader).toHaveLength(1);
      expect(reader[0]).toMatch(/^\/assets\/chunks\/read-pdf-file-[A-Z0-9]+\.js$/);
      // Under the page's policy (script-src 'self', Trusted Types), nothing was refused.
      expect(problems).toEqual([]);
    });
  });

  it("takes a filled workbook of the edition “one sheet each” as a draft: its answers, dates read from their boxes, no signatures", async () => {
    await withProfile(async (context) => {
      const { page } = await openWorkbook(context);
      const notice = await choose(page, filledEach);
      expect(notice).toContain("Opened “filled-each.pdf”");
      expect(notice).toMatch(/\d+ answers came in from the filled workbook, as a draft\. Signatures do not come from paper: you both sign here, when you agree\./);
      const data = await stored(page);
      // The contract's version is kept by the workbook, never written on paper.
      const { contractVersion: _kept, ...expected } = sampleContract();
      for (const partner of ["a", "b"]) expected.signatures[partner] = { method: "Typed", name: expected.signatures[partner].name, date: expected.signatures[partner].date };
      expect(data).toEqual(expected);
      expect(await valueOf(page, "#f-couple-startDate-day")).toBe("1");
      expect(await page.$$eval("[data-signature-status]", (elements) => elements.map((element) => (element as HTMLElement).dataset.state))).toEqual(["unsigned", "unsigned"]);
    });
  });

  it("asks before replacing answers, and brings in a filled workbook's answers with their problems shown, so nothing typed is lost", async () => {
    await withProfile(async (context) => {
      const { page } = await openWorkbook(context);
      await openQuestion(page, "f-couple-a-name");
      await page.type("#f-couple-a-name", "Someone");
      await (await page.$("input[data-import-file]"))?.uploadFile(filledJointWithProblem);
      await page.waitForSelector("dialog[data-confirm][open]", { timeout: 30_000 });
      expect(await page.$eval("#confirm-title", (element) => element.textContent)).toBe("Replace your answers?");
      await page.click("[data-confirm-yes]");
      await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Opened"));
      const notice = await page.$eval('[data-notice="import"]', (element) => ({ tone: element.className, text: (element as HTMLElement).innerText }));
      expect(notice.tone).toBe("notice notice-warning");
      expect(notice.text).toContain("1 of them needs changing");
      expect(notice.text).toContain("“The date you will review it together” must be a real date");
      expect(await page.$eval("#f-couple-reviewDate-error", (element) => (element as HTMLElement).hidden ? "" : element.textContent)).toMatch(/must be a real date/);
      expect((await stored(page)).couple.reviewDate).toBe("2026-02-31");
    });
  });

  it("takes a signed contract PDF's own contract, signatures and all", async () => {
    await withProfile(async (context) => {
      const { page } = await openWorkbook(context);
      expect(await choose(page, signed)).toContain("Opened “signed.pdf”");
      expect(await stored(page)).toEqual(sampleContract());
      await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>("[data-signature-status]")).every((status) => status.dataset.state === "signed"));
    });
  });

  it("refuses a PDF that is neither, and leaves the answers as they were", async () => {
    await withProfile(async (context) => {
      const { page } = await openWorkbook(context);
      await choose(page, SAMPLE_CONTRACT);
      const before = await storedText(page);
      for (const file of [path.join(siteDir(), "downloads/workbook-a4.pdf"), path.join(CONTRACT_FIXTURES, "../pdfs/not-ours.pdf")]) {
        const notice = await choose(page, file);
        expect(notice).toContain(`“${path.basename(file)}” was not opened`);
        expect(notice).toContain("It is a PDF, but not a signed Autonomy Contract or a filled workbook from this site.");
        expect(notice).toContain("Your current answers are unchanged.");
      }
      expect(await storedText(page)).toBe(before);
    });
  });
});
