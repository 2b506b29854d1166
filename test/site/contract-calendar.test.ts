import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { calendarFile } from "../../src/calendar/calendar-file.ts";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { SAMPLE_TEXT, sampleContract } from "../helpers/contracts.ts";
import { openContract, watchPage } from "../helpers/contract-page.ts";
import { parseCalendar } from "../helpers/ical.ts";
import { profilesOf, waitForDownload } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

/** Runs `use` in a fresh browser profile whose downloads land in a temporary folder. */
async function withDownloads(use: (page: import("puppeteer").Page, dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-calendar-"));
  try {
    await withProfile(async (context) => use(await context.newPage(), dir), { downloadBehavior: { policy: "allow", downloadPath: dir } });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("“Add our rituals to your calendar” on the contract page", () => {
  it("downloads the contract's calendar, made in the page: the same events and UIDs as the command line's", async () => {
    await withDownloads(async (page, dir) => {
      const problems = await watchPage(page);
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await openContract(page, session().server.url, SAMPLE_TEXT);
      // The calendar code is not loaded until the button is pressed.
      expect(requests.filter((url) => url.includes("calendar-file"))).toEqual([]);
      await page.click("[data-calendar]");
      const file = await waitForDownload(dir);
      expect(path.basename(file)).toMatch(/^autonomy-contract-maya-and-jonas-\d{4}-\d{2}-\d{2}\.ics$/);
      const downloaded = parseCalendar(await readFile(file, "utf8"));
      const made = await calendarFile(sampleContract());
      if (!made.ok) throw new Error(made.message);
      const expected = parseCalendar(made.text);
      expect(downloaded.events.map((event) => [event.uid, event.summary, event.startDate.toString(), String(event.component.getFirstPropertyValue("rrule"))])).toEqual(
        expected.events.map((event) => [event.uid, event.summary, event.startDate.toString(), String(event.component.getFirstPropertyValue("rrule"))]),
      );
      expect(requests.filter((url) => /\/assets\/chunks\/calendar-file-[A-Z0-9]+\.js$/.test(url))).toHaveLength(1);
      expect(requests.filter((url) => !url.startsWith(session().server.url))).toEqual([]);
      const status = await page.$eval("[data-calendar-status]", (element) => element.textContent);
      expect(status).toContain("with 8 events");
      expect(await problems()).toEqual([]);
    });
  });

  it("says what to answer first when the contract has no time zone, and downloads nothing", async () => {
    await withDownloads(async (page, dir) => {
      const contract = sampleContract();
      delete contract.couple.timeZone;
      await openContract(page, session().server.url, JSON.stringify(contract));
      await page.click("[data-calendar]");
      await page.waitForFunction(() => document.querySelector("[data-calendar-status]")?.textContent?.startsWith("No calendar yet"));
      expect(await page.$eval("[data-calendar-status]", (element) => element.textContent)).toContain("time zone");
      await expect(waitForDownload(dir, 1_000)).rejects.toThrow(/no file was downloaded/);
    });
  });

  it("has no accessibility violations with its message shown", async () => {
    await withDownloads(async (page) => {
      await openContract(page, session().server.url, SAMPLE_TEXT);
      await page.click("[data-calendar]");
      await page.waitForFunction(() => document.querySelector("[data-calendar-status]")?.textContent?.includes("events"));
      const { violations } = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });
});
