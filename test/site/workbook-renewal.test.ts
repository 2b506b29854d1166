import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import type { BrowserContext, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeList } from "../../src/compare/change-list.ts";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { readContractAttachment } from "../../src/pdf-reading/read-contract-attachment.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { describeViolations, runAxe, VIEWS as AXE_VIEWS } from "../helpers/axe.ts";
import { siteDir } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { sampleContract } from "../helpers/contracts.ts";
import { runCli } from "../helpers/run-cli.ts";
import { SAMPLE_CONTRACT, WORKBOOK_KEY, openQuestion, openView, profilesOf, storedText, typeDate } from "../helpers/workbook-page.ts";

// Renewal end to end (issue 13, part 5): the signed PDF a couple kept, opened in the
// workbook, renewed, one answer changed, signed again, printed; then verified as a chain.

const session = useBrowserSession();
const withProfile = profilesOf(session);
const RENEWAL_KEY = "autonomy-contract/renewal";

let files: string;
let signedPdf: string;

beforeAll(async () => {
  files = await mkdtemp(path.join(os.tmpdir(), "autonomy-renewal-"));
  signedPdf = path.join(files, "version-1.pdf");
  const run = await runCli(["pdf", SAMPLE_CONTRACT, "--out", signedPdf, "--site", siteDir()]);
  if (run.status !== 0) throw new Error(`the signed contract PDF was not made:\n${run.stderr}`);
});
afterAll(async () => {
  await rm(files, { recursive: true, force: true });
});

/** Opens the workbook's renewal view in a fresh tab, at a size. */
async function openRenewal(context: BrowserContext, width = 1280, height = 900): Promise<Page> {
  const page = await context.newPage();
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
  await page.goto(`${session().server.url}/workbook/#renew`, { waitUntil: "load" });
  await page.waitForFunction(() => document.documentElement.dataset.workbookView === "renew");
  return page;
}

/** Starts the renewal from the signed PDF, as "Open your signed contract" does. */
async function renewFromPdf(page: Page): Promise<void> {
  await (await page.$("input[data-renew-file]"))?.uploadFile(signedPdf);
  await page.waitForFunction(() => document.querySelector('[data-notice="renewal"]') !== null, { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector<HTMLElement>("[data-renewal-progress]")?.hidden);
}

/** The change list of a part of the page, as the rows a person reads. */
function changesIn(page: Page, selector: string): Promise<{ path: string; label: string; before: string; after: string }[]> {
  return page.$$eval(`${selector} [data-change]`, (rows) =>
    rows.map((row) => ({
      path: (row as HTMLElement).dataset.change ?? "",
      label: row.querySelector(".summary-key")?.textContent ?? "",
      before: row.querySelector(".change-before > span:last-child")?.textContent ?? "",
      after: row.querySelector(".change-after > span:last-child")?.textContent ?? "",
    })),
  );
}

async function stored(page: Page): Promise<Record<string, any>> {
  return JSON.parse((await storedText(page)) ?? "null");
}

/** Signs for a partner with a typed name, from the keyboard. */
async function signTyped(page: Page, partner: "a" | "b", name: string): Promise<void> {
  await openView(page, "signing");
  await page.focus(`#f-signatures-${partner}-method-0`);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.type(name);
  for (let presses = 0; presses < 8; presses++) {
    if (await page.evaluate((key) => document.activeElement?.getAttribute("data-sign") === key, `signatures.${partner}`)) break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (key, who) => Boolean((JSON.parse(localStorage.getItem(key) ?? "{}") as { signatures?: Record<string, { fingerprint?: string }> }).signatures?.[who]?.fingerprint),
    {},
    WORKBOOK_KEY,
    partner,
  );
}

describe("renewing a signed contract in the workbook", () => {
  it("opens the signed PDF, changes one answer, lists exactly what changed, and signs and prints version 2", async () => {
    const v1 = sampleContract();
    await withProfile(async (context) => {
      const page = await openRenewal(context);
      await renewFromPdf(page);
      expect(await page.$eval("[data-renewal-kept]", (node) => node.textContent)).toContain("Your signed version 1 is kept on this device to compare with.");
      const draft = await stored(page);
      expect(draft).toMatchObject({ contractVersion: 2, previousFingerprint: await fingerprint(v1), firstStartDate: v1.couple.startDate });
      expect(draft.signatures).toEqual({ witness: v1.signatures.witness });

      await typeDate(page, "couple.startDate", "2027-03-01");
      await typeDate(page, "couple.reviewDate", "2027-06-01");
      await openQuestion(page, "f-batteryPack-b-hoursPerWeek");
      await page.click("#f-batteryPack-b-hoursPerWeek", { clickCount: 3 });
      await page.keyboard.type("3");
      await page.keyboard.press("Tab");

      await openView(page, "renew");
      const listed = await changesIn(page, "[data-renewal-changes]");
      expect(listed.map((row) => row.path)).toEqual(["couple.startDate", "couple.reviewDate", "batteryPack.b.hoursPerWeek"]);
      expect(listed[2]).toEqual({ path: "batteryPack.b.hoursPerWeek", label: "Jonas Lind: “Hours alone I need in an ordinary week”", before: String(v1.batteryPack.b.hoursPerWeek), after: "3" });
      expect(await page.$eval("[data-renewal-changes-title]", (node) => node.textContent)).toBe("What changed since version 1");
      // The review shows the map of where the two meet and differ, drawn from the answers as they are now.
      await page.waitForFunction(() => document.querySelector("[data-renewal-map] #renewal-map-needs")?.textContent?.includes("3 hours"));
      // The same list in "check your answers", and the same as the one function gives (which diff prints).
      await openView(page, "check");
      expect(await changesIn(page, "[data-check-changes]")).toEqual(listed);
      // The autosave waits for a pause in typing.
      await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? "{}").batteryPack?.b?.hoursPerWeek === 3, {}, WORKBOOK_KEY);
      const now = await stored(page);
      const expected = changeList(layoutContract(await loadSchema()), v1, now).flatMap((step) => step.entries.map(({ path, label, before, after }) => ({ path, label, before, after })));
      expect(listed).toEqual(expected);

      await signTyped(page, "a", "Maya Okafor");
      await signTyped(page, "b", "Jonas Lind");
      const signed = await stored(page);
      const v2File = path.join(files, "version-2.json");
      await writeFile(v2File, JSON.stringify(signed));
      const v2Pdf = path.join(files, "version-2.pdf");
      const printed = await runCli(["pdf", v2File, "--out", v2Pdf, "--site", siteDir()]);
      expect(printed.stderr).toBe("");
      const attached = JSON.parse(readContractAttachment(await PDFDocument.load(await readFile(v2Pdf))) ?? "null");
      expect(attached).toMatchObject({ contractVersion: 2, previousFingerprint: await fingerprint(v1) });
      // `diff` between the two PDFs prints exactly the rows the workbook listed.
      const diff = await runCli(["diff", signedPdf, v2Pdf]);
      expect(diff.stdout.split("\n").filter((line) => line.startsWith("  "))).toEqual(listed.map((row) => `  ${row.label}: was ${row.before} / now ${row.after}`));
      const verified = await runCli(["verify", v2Pdf, signedPdf]);
      expect(verified.stdout).toContain("version 2 renews version 1: ok");
      expect(verified.status).toBe(0);

      // Signed by both, the renewal is done: the view offers to renew version 2 in turn, from the workbook.
      await openView(page, "renew");
      await page.waitForFunction(() => !document.querySelector<HTMLElement>("[data-renewal-held]")?.hidden);
      expect(await page.$eval("[data-renewal-progress]", (node) => (node as HTMLElement).hidden)).toBe(true);
      await page.click('[data-renew="held"]');
      await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? "{}").contractVersion === 3, {}, WORKBOOK_KEY);
      expect(await stored(page)).toMatchObject({ contractVersion: 3, previousFingerprint: await fingerprint(signed) });
      await page.waitForFunction(() => document.querySelector("[data-renewal-kept]")?.textContent?.startsWith("Your signed version 2 is kept"));
    });
  });

  it("keeps the signed version across a reload, and removes it with Clear everything", async () => {
    await withProfile(async (context) => {
      const page = await openRenewal(context);
      await renewFromPdf(page);
      expect(await storedText(page, RENEWAL_KEY)).toContain(await fingerprint(sampleContract()));
      await page.reload({ waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.dataset.workbookView === "renew");
      await page.waitForFunction(() => !document.querySelector<HTMLElement>("[data-renewal-progress]")?.hidden);
      expect(await page.$eval("[data-renewal-changes-title]", (node) => node.textContent)).toBe("What changed since version 1");
      await page.evaluate(() => document.querySelector<HTMLElement>('[data-action="clear"]')?.click());
      await page.waitForSelector("dialog[data-confirm][open]");
      await page.click("[data-confirm-yes]");
      await page.waitForFunction((key) => localStorage.getItem(key) === null, {}, RENEWAL_KEY);
    });
  });

  it("takes the signed version back when the device lost it, and keeps the draft as it is", async () => {
    await withProfile(async (context) => {
      const page = await openRenewal(context);
      await renewFromPdf(page);
      await openQuestion(page, "f-batteryPack-b-hoursPerWeek");
      await page.click("#f-batteryPack-b-hoursPerWeek", { clickCount: 3 });
      await page.keyboard.type("3");
      await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? "{}").batteryPack?.b?.hoursPerWeek === 3, {}, WORKBOOK_KEY);
      // As when the kept copy was sealed under a passphrase since changed: it is gone.
      await page.evaluate((key) => localStorage.removeItem(key), RENEWAL_KEY);
      await page.goto(`${session().server.url}/workbook/#renew`, { waitUntil: "load" });
      await page.reload({ waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.dataset.workbookView === "renew");
      await page.waitForFunction(() => !document.querySelector<HTMLElement>("[data-renewal-lost]")?.hidden);
      const lost = await runAxe(page);
      expect(lost.violations, describeViolations(lost.violations)).toEqual([]);
      await renewFromPdf(page);
      expect(await page.$("dialog[data-confirm][open]")).toBeNull();
      expect(await page.$eval('[data-notice="renewal"]', (node) => node.textContent)).toContain("Your draft of version 2 is unchanged.");
      expect((await stored(page)).batteryPack.b.hoursPerWeek).toBe(3);
      expect((await changesIn(page, "[data-renewal-changes]")).map((row) => row.path)).toContain("batteryPack.b.hoursPerWeek");
    });
  });

  it("refuses to renew a contract that is not signed, and changes nothing", async () => {
    await withProfile(async (context) => {
      const page = await openRenewal(context);
      const unsigned = path.join(files, "unsigned.json");
      const data = sampleContract();
      delete data.signatures;
      await writeFile(unsigned, JSON.stringify(data));
      await (await page.$("input[data-renew-file]"))?.uploadFile(unsigned);
      await page.waitForFunction(() => document.querySelector('[data-notice="renewal"]') !== null);
      expect(await page.$eval('[data-notice="renewal"]', (node) => node.textContent)).toContain("is not a contract you have both signed");
      expect(await storedText(page)).toBeNull();
      expect(await storedText(page, RENEWAL_KEY)).toBeNull();
    });
  });

  for (const { name, width, height, scheme } of AXE_VIEWS) {
    it(`has no axe violations in the renewal view and its change list, on a ${name}`, async () => {
      await withProfile(async (context) => {
        const page = await openRenewal(context, width, height);
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }, { name: "prefers-reduced-motion", value: "reduce" }]);
        const before = await runAxe(page);
        expect(before.violations, describeViolations(before.violations)).toEqual([]);
        await renewFromPdf(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        const during = await runAxe(page);
        expect(during.violations, describeViolations(during.violations)).toEqual([]);
        await page.screenshot({ path: path.join(os.tmpdir(), `renewal-${width}-${scheme}.png`), fullPage: true });
        await openView(page, "check");
        await page.evaluate(() => window.scrollTo(0, 0));
        const check = await runAxe(page);
        expect(check.violations, describeViolations(check.violations)).toEqual([]);
      });
    });
  }
});
