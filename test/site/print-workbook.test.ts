import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkPaperFields } from "../../src/fields/check-paper-fields.ts";
import { partnerOf } from "../../src/layout/contract-names.ts";
import { listPaperFields, type PaperField } from "../../src/layout/paper-fields.ts";
import { WORKBOOK_EDITIONS } from "../../src/pdf/workbook-pdfs.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";

const pages = builtPages();
let fields: PaperField[];

beforeAll(async () => {
  fields = listPaperFields(await loadSchema());
});

const pageAt = (url: string) => {
  const page = pages.find((candidate) => candidate.url === url);
  if (!page) throw new Error(`the printed workbook ${url} was not built`);
  return page;
};

describe.each(WORKBOOK_EDITIONS)("the printed workbook, $name ($path)", (edition) => {
  const doc = () => pageAt(edition.path).document;

  it("is built and is not in the site menu", () => {
    expect(pageAt(edition.path)).toBeDefined();
    for (const other of pages) expect(other.document.querySelector(`.site-nav a[href="${edition.path}"]`), other.url).toBeNull();
  });

  it("has exactly one writing area per paper field and option, and nothing else", () => {
    const found = [...doc().querySelectorAll("[data-field]")].map((element) => {
      const option = element.getAttribute("data-option");
      return option === null ? element.getAttribute("data-field") : `${element.getAttribute("data-field")}/${option}`;
    });
    const expected = fields.flatMap((field) =>
      field.kind === "choice" || field.kind === "choices" ? field.options.map((_, index) => `${field.name}/${index}`) : [field.name],
    );
    expect(found.sort()).toEqual(expected.sort());
    expect(checkPaperFields(pageAt(edition.path).html, fields)).toEqual([]);
  });

  it("labels each option box with its option's text", () => {
    for (const field of fields.filter((candidate) => candidate.options.length)) {
      field.options.forEach((option, index) => {
        const box = doc().querySelector(`[data-field="${field.name}"][data-option="${index}"]`);
        expect(box?.parentElement?.querySelector(".paper-option-label")?.textContent).toBe(option);
      });
    }
  });

  it("prints as many ruled lines as each text field asks for, and states no character limit", () => {
    for (const field of fields.filter((candidate) => candidate.kind === "text")) {
      expect(doc().querySelector(`[data-field="${field.name}"]`)?.querySelectorAll(".paper-rule").length, field.name).toBe(field.lines);
    }
    expect(doc().querySelector("main")?.textContent).not.toMatch(/characters/i);
  });

  it("asks for dates as day, month and year boxes: two, two and four cells, named underneath, never YYYY-MM-DD", () => {
    for (const field of fields.filter((candidate) => candidate.kind === "date")) {
      const cells = doc().querySelector(`[data-field="${field.name}"]`);
      expect(Array.from(cells?.querySelectorAll(".paper-date-part") ?? [], (part) => part.querySelectorAll(".paper-cell").length), field.name).toEqual([2, 2, 4]);
      expect(cells?.parentElement?.querySelector(".paper-date-labels")?.textContent).toBe("DayMonthYear");
    }
    expect(doc().querySelector("main")?.textContent).not.toMatch(/YYYY|MM-DD|HH:MM/);
  });

  it("prints a required yes or no as the choice of Yes or No", () => {
    const boxes = [...doc().querySelectorAll('[data-field="individualWorlds.talkBeforeBooking"]')];
    expect(boxes.map((box) => [box.className, box.parentElement?.querySelector(".paper-option-label")?.textContent])).toEqual([
      ["paper-box paper-box-round", "Yes"],
      ["paper-box paper-box-round", "No"],
    ]);
  });

  it("explains a list's questions on its first row only, so each later ritual takes less paper", () => {
    const items = Array.from(doc().querySelectorAll(".paper-list-items > .paper-list-item"));
    const rituals = items.filter((item) => item.querySelector(".paper-item-title")?.textContent?.startsWith("Ritual"));
    expect(rituals.length).toBeGreaterThan(1);
    const titles = (item: Element) => Array.from(item.querySelectorAll(".paper-question-title"), (title) => title.textContent);
    const [first, ...rest] = rituals as [Element, ...Element[]];
    expect(first.querySelectorAll(".paper-hint").length).toBeGreaterThan(3);
    for (const item of rest) {
      expect(item.querySelectorAll(".paper-hint")).toHaveLength(0);
      expect(titles(item)).toEqual(titles(first));
    }
  });

  it("has no form controls: it is paper", () => {
    expect(doc().querySelectorAll("form, input, textarea, select, button, output")).toHaveLength(0);
  });

  it("lists one contents slot per part heading, each linking to it", () => {
    const headings = [...doc().querySelectorAll("[data-toc-heading]")].map((heading) => heading.id);
    const slots = [...doc().querySelectorAll("[data-toc-page]")].map((slot) => slot.getAttribute("data-toc-page"));
    expect(slots).toEqual(headings);
    for (const slot of doc().querySelectorAll("[data-toc-page]")) {
      expect(slot.textContent).toBe("");
      expect(slot.closest("a")?.getAttribute("href")).toBe(`#${slot.getAttribute("data-toc-page")}`);
    }
    expect(headings).toEqual(expect.arrayContaining(["signing", "practice-cards"]));
  });

  it("prints the guide's practice cards, taken from the practices page, each within crop marks", () => {
    const practices = pages.find((candidate) => candidate.url === "/practices/");
    const titles = (document: Document) => [...document.querySelectorAll(".callout-card h3")].map((h3) => h3.textContent);
    expect(titles(doc()).length).toBeGreaterThan(0);
    expect(titles(doc())).toEqual(titles(practices!.document));
    for (const card of doc().querySelectorAll(".paper-card")) expect(card.querySelectorAll(".cut-mark")).toHaveLength(8);
  });

  it("has a sign-by-hand box for each partner on the signature page", () => {
    expect(doc().querySelectorAll("section[aria-labelledby=signing] .paper-sign-box")).toHaveLength(2);
  });

  it("ends with its own words for paper, not the site's words for the screen", () => {
    expect(doc().querySelector(".paper-scope")?.textContent).toMatch(/not therapy, and not a legal contract/);
    expect(doc().querySelector("article")?.textContent).not.toMatch(/on your own device|in your browser/);
  });
});

describe("the printed workbook side by side", () => {
  const doc = () => pageAt("/print/workbook/").document;

  it("gives each step a part headed with its number and title, its summary and a notes box that fills its last page", () => {
    const steps = pages.filter((candidate) => candidate.url.startsWith("/steps/"));
    expect(steps).toHaveLength(7);
    for (const step of steps) {
      const number = Number(step.url.match(/^\/steps\/(\d+)-/)?.[1]);
      const heading = doc().getElementById(`step-${number}`);
      const title = step.document.querySelector("h1")?.textContent?.trim();
      expect(heading?.textContent).toBe(`Step ${number} · ${title}`);
      const part = heading?.closest("section");
      expect(part?.getAttribute("data-paper-page")).toBe(`step-${number}`);
      expect(part?.querySelector(".paper-summary")?.textContent).toBe(step.document.querySelector('meta[name="description"]')?.getAttribute("content"));
      expect(part?.querySelector(".paper-notes")?.hasAttribute("data-fill-page")).toBe(true);
    }
  });

  it("links generated print rules with a named page and running header per step", () => {
    const links = [...doc().querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute("href") ?? "");
    const rules = links.find((href) => href.startsWith("/assets/print/"));
    expect(rules).toMatch(/^\/assets\/print\/workbook-pages-[0-9a-f]{10}\.css$/);
    const css = readFileSync(path.join(siteDir(), rules!), "utf8");
    for (let step = 1; step <= 7; step++) {
      expect(css).toContain(`[data-paper-page="step-${step}"] { page: step-${step}; }`);
      expect(css).toMatch(new RegExp(`@page step-${step} \\{\\s*@top-center \\{ content: "Step ${step} \\\\b7  [^"]+";`));
      expect(css).toMatch(new RegExp(`@page step-${step} \\{[^}]*\\}\\s*@bottom-center \\{ content: counter\\(page\\) " / " counter\\(pages\\);`));
    }
  });
});

describe("the printed workbook, one sheet each", () => {
  const doc = () => pageAt("/print/workbook-each/").document;
  const fieldsIn = (selector: string) => [...doc().querySelectorAll(`${selector} [data-field]`)].map((element) => element.getAttribute("data-field") as string);

  it("gives each partner pages of their own, holding that partner's questions and no one else's", () => {
    for (const partner of ["a", "b"] as const) {
      const own = fieldsIn(`[data-partner-pages="${partner}"]`);
      expect(own.length).toBeGreaterThan(15);
      expect(own.filter((name) => partnerOf(name) !== partner)).toEqual([]);
      // Every question of that partner in the steps is on their pages.
      const expected = fields.filter((field) => field.partner === partner && !field.signature && !field.name.startsWith("couple.")).map((field) => field.name);
      expect([...new Set(own)].sort()).toEqual(expected.sort());
    }
  });

  it("then the questions the two answer together, step by step, with room for notes", () => {
    const together = fieldsIn("section[aria-labelledby=together]");
    expect(together.filter((name) => partnerOf(name) !== undefined)).toEqual([]);
    expect(together).toEqual(expect.arrayContaining(["rituals.list.0.name", "individualWorlds.talkBeforeBooking", "guardrails.distanceSignal"]));
    expect([...doc().querySelectorAll("section[aria-labelledby=together] h3")].map((h3) => h3.textContent?.replace(/ · .*/, ""))).toEqual(
      ["Step 1", "Step 2", "Step 3", "Step 4", "Step 5", "Step 6", "Step 7"],
    );
  });

  it("lists its parts in the contents: each partner's pages, together, signatures, practice cards", () => {
    expect([...doc().querySelectorAll(".toc-title")].map((title) => title.textContent)).toEqual(["Partner A’s pages", "Partner B’s pages", "Together", "Signatures", "Practice cards"]);
  });
});

describe("the printed workbook printed from a browser", () => {
  const session = useBrowserSession();

  it("leaves out the contents' page numbers, which only the PDFs know, and the site's footer", async () => {
    await session().withPage(async (page) => {
      await page.goto(`${session().server.url}/print/workbook/`, { waitUntil: "load" });
      await page.emulateMediaType("print");
      const shown = await page.evaluate(() => ({
        number: getComputedStyle(document.querySelector(".toc-page") as Element).display,
        leader: getComputedStyle(document.querySelector(".toc-link") as Element, "::after").display,
        footer: getComputedStyle(document.querySelector(".site-footer") as Element).display,
      }));
      expect(shown).toEqual({ number: "none", leader: "none", footer: "none" });
    });
  });

  it("lays the practice cards out at card size, 85 by 105 mm, two to a row", async () => {
    await session().withPage(async (page) => {
      await page.goto(`${session().server.url}/print/workbook/`, { waitUntil: "load" });
      await page.emulateMediaType("print");
      const cards = await page.$$eval(".paper-card", (elements) => elements.map((card) => card.getBoundingClientRect()).map(({ x, y, width, height }) => ({ x, y, width, height })));
      const mm = (px: number) => (px * 25.4) / 96;
      expect(cards.length).toBe(5);
      for (const card of cards) {
        expect(mm(card.width)).toBeCloseTo(85, 0);
        expect(mm(card.height)).toBeCloseTo(105, 0);
      }
      expect(cards[0]!.y).toBe(cards[1]!.y);
      expect(cards[1]!.x).toBeGreaterThan(cards[0]!.x + cards[0]!.width);
    });
  });
});
