import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkPaperFields } from "../../src/fields/check-paper-fields.ts";
import { listPaperFields, type PaperField } from "../../src/layout/paper-fields.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";

const pages = builtPages();
const page = pages.find((candidate) => candidate.url === "/print/workbook/");
const doc = () => {
  if (!page) throw new Error("the printed workbook /print/workbook/ was not built");
  return page.document;
};
let fields: PaperField[];

beforeAll(async () => {
  fields = listPaperFields(await loadSchema());
});

describe("the printed workbook page", () => {
  it("is built and is not in the site menu", () => {
    expect(page).toBeDefined();
    for (const other of pages) expect(other.document.querySelector('.site-nav a[href="/print/workbook/"]'), other.url).toBeNull();
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
    expect(checkPaperFields(page!.html, fields)).toEqual([]);
  });

  it("labels each option box with its option's text", () => {
    for (const field of fields.filter((candidate) => candidate.options.length)) {
      field.options.forEach((option, index) => {
        const box = doc().querySelector(`[data-field="${field.name}"][data-option="${index}"]`);
        expect(box?.parentElement?.querySelector(".paper-option-label")?.textContent).toBe(option);
      });
    }
  });

  it("prints as many ruled lines as each text field asks for", () => {
    for (const field of fields.filter((candidate) => candidate.kind === "text")) {
      expect(doc().querySelector(`[data-field="${field.name}"]`)?.querySelectorAll(".paper-rule").length, field.name).toBe(field.lines);
    }
  });

  it("has no form controls: it is paper", () => {
    expect(doc().querySelectorAll("form, input, textarea, select, button, output")).toHaveLength(0);
  });

  it("lists one contents slot per part heading, each linking to it", () => {
    const headings = [...doc().querySelectorAll("[data-toc-heading]")].map((heading) => heading.id);
    const slots = [...doc().querySelectorAll("[data-toc-page]")].map((slot) => slot.getAttribute("data-toc-page"));
    expect(headings.length).toBeGreaterThanOrEqual(9);
    expect(slots).toEqual(headings);
    for (const slot of doc().querySelectorAll("[data-toc-page]")) {
      expect(slot.textContent).toBe("");
      expect(slot.closest("a")?.getAttribute("href")).toBe(`#${slot.getAttribute("data-toc-page")}`);
    }
    expect(headings).toEqual(expect.arrayContaining(["step-1", "step-7", "signing", "practice-cards"]));
  });

  it("gives each step a part headed with its number and title, its summary and a notes box", () => {
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
      expect(part?.querySelector(".paper-notes")).not.toBeNull();
    }
  });

  it("prints the guide's practice cards, taken from the practices page", () => {
    const practices = pages.find((candidate) => candidate.url === "/practices/");
    const titles = (document: Document) => [...document.querySelectorAll(".callout-card h3")].map((h3) => h3.textContent);
    expect(titles(doc()).length).toBeGreaterThan(0);
    expect(titles(doc())).toEqual(titles(practices!.document));
  });

  it("has a sign-by-hand box for each partner on the signature page", () => {
    expect(doc().querySelectorAll("#signing ~ .paper-signature .paper-sign-box, section[aria-labelledby=signing] .paper-sign-box")).toHaveLength(2);
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
