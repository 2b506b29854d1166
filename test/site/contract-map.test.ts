import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from "html-validate";
import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { describeViolations, runAxe, VIEWS } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { SAMPLE_TEXT } from "../helpers/contracts.ts";
import { builtPages } from "../helpers/built-site.ts";
import { contractSettled, openContract, textOf, watchPage } from "../helpers/contract-page.ts";
import { MAP_FIXTURES, mapFixtureText, type MapFixture } from "../helpers/map-fixtures.ts";
import { ROOT } from "../helpers/run-build.ts";

const session = useBrowserSession();
const MAP = "#where-you-differ";

/** Each row of a table of the map, as its cells' text (the row's header first); a cell's list items joined by ", ". */
function rowsOf(page: Page, table: string): Promise<string[][]> {
  return page.$$eval(`${MAP} ${table} tbody tr`, (rows) =>
    rows.map((row) =>
      Array.from(row.children, (cell) => {
        const items = cell.querySelectorAll("li");
        const text = items.length ? Array.from(items, (item) => item.textContent ?? "").join(", ") : (cell.textContent ?? "");
        return text.replace(/\s+/g, " ").trim();
      }),
    ),
  );
}

/** The words drawn in the map's pictures, panel by panel: each text element's lines joined by a space, the elements by " | ". */
function drawnText(page: Page): Promise<string[]> {
  return page.$$eval(`${MAP} .map-panel svg`, (svgs) =>
    svgs.map((svg) => Array.from(svg.querySelectorAll("text"), (text) => Array.from(text.querySelectorAll(":scope > tspan"), (line) => line.textContent ?? "").join(" ")).join(" | ")),
  );
}

/** Drawn words that stick out of their panel's picture, as the browser laid them out. */
function overflowing(page: Page): Promise<string[]> {
  return page.$$eval(`${MAP} svg.map-svg`, (svgs) =>
    svgs.flatMap((svg) => {
      const width = (svg as SVGSVGElement).viewBox.baseVal.width;
      return Array.from(svg.querySelectorAll("text"), (text) => {
        const box = (text as SVGTextElement).getBBox();
        const anchor = text.getAttribute("text-anchor");
        // Day names and hour labels are centred or end-anchored on purpose; their box is still inside.
        return box.x < -1 || box.x + box.width > width + 1 ? `${text.textContent} (${Math.round(box.x)}..${Math.round(box.x + box.width)} of ${width}, ${anchor ?? "start"})` : "";
      }).filter(Boolean);
    }),
  );
}

describe("the map of where you differ, on the contract page", () => {
  it("draws the sample's four pictures as one image named for the tables, with its SVGs hidden from assistive technology", async () => {
    await session().withPage(async (page) => {
      const problems = await watchPage(page);
      await openContract(page, session().server.url, SAMPLE_TEXT);
      expect(await textOf(page, `${MAP} > h3`)).toEqual(["Where you meet and where you differ"]);
      expect(await textOf(page, `${MAP} .map-panel-title`)).toEqual(["Time alone each week", "What recharges you", "After asking for space", "Your week"]);
      const picture = await page.$eval(`${MAP} .map-picture`, (element) => [element.getAttribute("role"), element.getAttribute("aria-label")]);
      expect(picture).toEqual(["img", "A picture of where your needs meet and differ. The two tables after it say the same in words."]);
      expect(await page.$$eval(`${MAP} svg`, (svgs) => svgs.every((svg) => svg.getAttribute("aria-hidden") === "true"))).toBe(true);
      expect(await problems()).toEqual([]);
    });
  });

  it("draws the sample's hours, rhythms, activities, space and week", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, SAMPLE_TEXT);
      const [hours, restoring, space, week] = await drawnText(page);
      expect(hours).toContain("6 h");
      expect(hours).toContain("2.5 h");
      expect(hours).toContain("Rhythm: A few longer stretches a week");
      expect(hours).toContain("wants 3.5 hours more a week.");
      expect(restoring).toContain("Both of you | none");
      expect(restoring).toContain("Making something");
      expect(space?.match(/Fits: back before the wait gets hard/g)).toHaveLength(2);
      expect(space).not.toContain("A gap to talk about");
      expect(week).toContain("Mon");
      // Maya's and Jonas's own time, three rituals, the moment and the check-in.
      expect(await page.$$eval(`${MAP} .map-key-list > li`, (items) => items.length)).toBe(7);
      expect(await page.$$eval(`${MAP} .map-slot`, (slots) => slots.length)).toBeGreaterThan(7);
    });
  });

  it("says the same in two tables with captions and header cells, every answer in full", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, SAMPLE_TEXT);
      expect(await textOf(page, `${MAP} caption`)).toEqual(["Where your needs meet and differ, in words", "Your week, together and apart"]);
      expect(await page.$$eval(`${MAP} thead th`, (cells) => cells.map((cell) => cell.getAttribute("scope")))).toEqual(["col", "col", "col", "col", "col", "col", "col"]);
      expect(await page.$$eval(`${MAP} tbody th`, (cells) => cells.every((cell) => cell.getAttribute("scope") === "row"))).toBe(true);
      expect(await rowsOf(page, "#map-needs")).toEqual([
        ["Hours alone a week", "6 hours", "2.5 hours", "Maya Okafor wants 3.5 hours more a week."],
        ["Rhythm", "A few longer stretches a week", "A little every day", "Different rhythms"],
        ["What recharges them", "Time outdoors, Reading, Making something", "Exercise, Music", "Nothing in common yet"],
        ["Also, in their own words", "Repotting plants on the balcony with the radio on.", "—", ""],
        ["When Maya Okafor asks for space", "Back within an hour", "Can comfortably wait a few hours", "Fits: Maya Okafor is back before the wait gets hard"],
        ["When Jonas Lind asks for space", "Can comfortably wait an hour", "Back within twenty minutes", "Fits: Jonas Lind is back before the wait gets hard"],
        ["Own time each week", "Wednesdays, 6:30 pm, for 2.5 hours", "Thursdays, 7 pm, for 3 hours", ""],
      ]);
      expect(await rowsOf(page, "#map-week")).toEqual([
        ["Maya Okafor’s own time", "M", "Wednesdays, 6:30 pm, for 2.5 hours"],
        ["Jonas Lind’s own time", "J", "Thursdays, 7 pm, for 3 hours"],
        ["Sunday breakfast at the table", "1", "Sundays, 9 am, for 1 hour"],
        ["A walk after dinner", "2", "Tuesdays and Thursdays, 8 pm, for 30 minutes"],
        ["A date we take turns to plan", "3", "every other Friday, 7 pm, for 3 hours"],
        ["Your daily moment", "4", "every day, 6:30 pm, for 10 minutes"],
        ["Your weekly check-in", "5", "Sundays, 7:30 pm, for 15 minutes"],
      ]);
    });
  });

  it("says “not answered yet” for a partner who has not answered, in the picture and the table", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, mapFixtureText("one-empty"));
      const [hours, restoring, space] = await drawnText(page);
      expect(hours).toContain("hours alone: not answered yet");
      expect(hours).toContain("Compare once you have both answered.");
      expect(restoring).toContain("not answered yet");
      expect(space).toContain("can wait, not answered yet");
      const rows = await rowsOf(page, "#map-needs");
      expect(rows[0]).toEqual(["Hours alone a week", "6 hours", "not answered yet", "Compare once you have both answered."]);
      expect(rows.at(-1)).toEqual(["Own time each week", "Wednesdays, 6:30 pm, for 2.5 hours", "not answered yet", ""]);
    });
  });

  it("says when the two want the same", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, mapFixtureText("equal"));
      const rows = await rowsOf(page, "#map-needs");
      expect(rows[0]?.[3]).toBe("You want the same time alone.");
      expect(rows[1]?.[3]).toBe("The same rhythm");
      expect(rows[2]?.[3]).toBe("Both: Time outdoors, reading, and making something");
      expect((await drawnText(page))[1]).toMatch(/Only .* \| none/);
    });
  });

  it("marks a gap to talk about when one comes back later than the other can wait, at the schema's largest values", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, mapFixtureText("largest"));
      const [hours, , space] = await drawnText(page);
      expect(hours).toContain("80 h");
      expect(hours).toContain("80 h a week");
      expect(space?.match(/A gap to talk about/g)).toHaveLength(2);
      expect(await page.$$eval(`${MAP} .map-gap`, (lines) => lines.length)).toBe(6);
      // Eight rituals, the moment, the check-in and two people's own time; every name in full.
      const week = await rowsOf(page, "#map-week");
      expect(week).toHaveLength(12);
      expect(week[0]?.[0]).toBe("Maximiliana Alexandrina Featherstonehaugh-Cholmondeley-Smyth’s own time");
      expect(week[0]?.[2]).toBe("Sundays, 6 pm, for 24 hours");
      expect(await textOf(page, `${MAP} .map-key-title`)).toEqual(["Not on the weekly grid"]);
    });
  });

  for (const fixture of ["sample", ...MAP_FIXTURES] as const) {
    for (const width of [390, 1280]) {
      it(`keeps every drawn word inside its picture (${fixture}, ${width} px)`, async () => {
        await session().withPage(async (page) => {
          await page.setViewport({ width, height: 900 });
          await openContract(page, session().server.url, fixture === "sample" ? SAMPLE_TEXT : mapFixtureText(fixture as MapFixture));
          expect(await overflowing(page)).toEqual([]);
        });
      });
    }
  }

  it("keeps right-to-left and CJK names as written, each in its own direction", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, mapFixtureText("rtl-cjk"));
      expect(await textOf(page, `${MAP} #map-needs thead th .map-name`)).toEqual(["ليلى حداد", "佐藤 健", "Between you"]);
      expect(await page.$$eval(`${MAP} #map-needs thead th .map-name`, (names) => names.map((name) => name.getAttribute("dir")))).toEqual(["auto", "auto", "auto"]);
      // In the picture, the name is an isolated run inside a sentence that stays left to right.
      const run = await page.$eval(`${MAP} .map-panel svg text:last-of-type tspan tspan`, (tspan) => [tspan.textContent, tspan.getAttribute("unicode-bidi"), tspan.parentElement?.textContent]);
      expect(run).toEqual(["ليلى حداد", "isolate", "ليلى حداد wants 3.5 hours more a week."]);
      // In the table too, the sentence stays in the page's direction and only the name is isolated.
      const cell = await page.$eval(`${MAP} #map-needs tbody tr td:last-child`, (td) => [td.firstElementChild?.getAttribute("dir"), td.querySelector(".map-name")?.getAttribute("dir"), td.textContent]);
      expect(cell).toEqual([null, "auto", "ليلى حداد wants 3.5 hours more a week."]);
      // No direction control reaches the page as a character.
      expect(await page.$eval(MAP, (map) => /[\u202a-\u202e\u2066-\u2069]/.test(map.textContent ?? ""))).toBe(false);
    });
  });

  it("is where the guide's step on mismatched moments leads, scrolled into view once it is drawn", async () => {
    const step = builtPages().find((page) => page.url.includes("mismatched-moments"));
    const links = Array.from(step?.document.querySelectorAll<HTMLAnchorElement>("main a[href]") ?? [], (link) => link.getAttribute("href"));
    expect(links).toContain("/contract/#where-you-differ");
    await session().withPage(async (page) => {
      await page.setViewport({ width: 390, height: 844 });
      await openContract(page, session().server.url, SAMPLE_TEXT);
      // As a person would: from the guide's step, by its link.
      await page.goto(`${session().server.url}${step?.url}`, { waitUntil: "load" });
      await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.click("main a[href='/contract/#where-you-differ']")]);
      await contractSettled(page);
      // One element bears the id: the drawn section, the placeholder for pages without script gone.
      expect(await page.$$eval("[id='where-you-differ']", (found) => found.map((element) => element.tagName))).toEqual(["SECTION"]);
      // At the top of the screen, below the page's scroll padding (8rem, for the workbook's sticky bar).
      const padding = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
      const top = await page.$eval("#where-you-differ", (section) => section.getBoundingClientRect().top);
      expect(Math.abs(top - padding)).toBeLessThan(2);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    });
  });

  for (const fixture of ["sample", "largest", "rtl-cjk"] as const) {
    it(`draws valid HTML and SVG, by html-validate's recommended rules (${fixture})`, async () => {
      // The map is made by the script, where the checkers of the built pages cannot see it: its markup, as drawn, in a page of its own.
      const config = JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
      const validator = new HtmlValidate(new StaticConfigLoader(config));
      await session().withPage(async (page) => {
        await openContract(page, session().server.url, fixture === "sample" ? SAMPLE_TEXT : mapFixtureText(fixture));
        const section = await page.$eval(MAP, (element) => element.outerHTML);
        const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Map</title></head><body><main>${section}</main></body></html>`;
        const report = await validator.validateString(html, `${fixture}-map.html`);
        expect(report.valid, formatterFactory("text")(report.results)).toBe(true);
      });
    });
  }

  for (const view of VIEWS) {
    for (const fixture of ["sample", "largest"] as const) {
      it(`has no WCAG 2.2 AA violations with the map (${fixture}, ${view.name})`, async () => {
        await session().withPage(async (page) => {
          await page.setViewport({ width: view.width, height: view.height });
          await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: view.scheme }]);
          await openContract(page, session().server.url, fixture === "sample" ? SAMPLE_TEXT : mapFixtureText(fixture));
          const { violations } = await runAxe(page);
          expect(violations, describeViolations(violations)).toEqual([]);
        });
      });
    }
  }
});
