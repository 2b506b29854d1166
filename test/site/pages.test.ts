import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { ROOT } from "../helpers/run-build.ts";

/**
 * Eleventy's default permalinks: `index.md` -> `index.html`, `a/b.md` -> `a/b/index.html`;
 * except the not-found page, which hosts look for as `404.html` (its layout says so).
 */
function expectedOutput(markdownFile: string): string {
  if (markdownFile === "404.md") return "404.html";
  const stem = markdownFile.replace(/\.md$/, "");
  return path.basename(stem) === "index" ? `${stem}.html` : path.join(stem, "index.html");
}

const contentFiles = readdirSync(path.join(ROOT, "content"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".md"));
const pages = builtPages();

describe("built pages", () => {
  it("has content to check", () => {
    expect(contentFiles.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBe(contentFiles.length);
  });

  it.each(contentFiles)("builds %s into the output", (file) => {
    expect(existsSync(path.join(siteDir(), expectedOutput(file)))).toBe(true);
  });

  it.each(pages.map((page) => [page.url, page] as const))("%s has one h1 and no skipped heading level", (_url, page) => {
    const levels = [...page.document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0) expect(level, `heading ${index + 1} jumps from h${levels[index - 1]} to h${level}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
    });
  });

  it.each(pages.map((page) => [page.url, page] as const))("%s has a language, a title and a description", (_url, page) => {
    expect(page.document.documentElement.getAttribute("lang")).toBe("en");
    expect(page.document.title.trim()).not.toBe("");
    expect(page.document.querySelector('meta[name="description"]')?.getAttribute("content")?.trim()).toBeTruthy();
  });

  it.each(pages.map((page) => [page.url, page] as const))("%s has a skip link to its main landmark and the safety page in its footer", (_url, page) => {
    const skip = page.document.querySelector("a.skip-link");
    expect(skip?.getAttribute("href")).toBe("#main");
    expect(page.document.querySelector("main#main")).not.toBeNull();
    expect(page.document.querySelector('footer a[href="/safety/"]')).not.toBeNull();
  });
});

const schema = JSON.parse(readFileSync(new URL("../../data/contract.schema.json", import.meta.url), "utf8"));

describe("step navigation", () => {
  const steps = pages.filter((page) => page.url.startsWith("/steps/")).sort((a, b) => a.url.localeCompare(b.url));

  it("has seven step pages", () => {
    expect(steps.map((step) => step.url)).toHaveLength(7);
  });

  it.each(steps.map((page, index) => [index + 1, page] as const))("step %i says where you are and links to its neighbours and its workbook section", (number, page) => {
    const doc = page.document;
    expect(doc.querySelector(".step-count")?.textContent).toBe(`Step ${number} of 7`);
    expect(doc.querySelector('.step-progress [aria-current="step"]')?.getAttribute("href")).toBe(page.url);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe(number > 1 ? steps[number - 2]!.url : undefined);
    expect(doc.querySelector('a[rel="next"]')?.getAttribute("href")).toBe(number < 7 ? steps[number]!.url : undefined);
    expect(doc.querySelector(".step-questions a.button")?.getAttribute("href")).toBe(`/workbook/#step-${number}`);
  });

  it.each(steps.map((page, index) => [index + 1, page] as const))("step %i ends with every question of its section of the contract schema", (number, page) => {
    const section = Object.values(schema.properties).find((node: any) => node["x-step"] === number) as any;
    expect(section, `no schema section for step ${number}`).toBeDefined();
    const listed = [...page.document.querySelectorAll(".step-questions li")].map((li) => li.textContent ?? "");
    const titleOf = (node: any) => node.title ?? schema.$defs[node.$ref?.split("/").pop()].title;
    const questions = Object.entries(section.properties as Record<string, any>).flatMap(([key, node]) =>
      key === "a" || key === "b"
        ? Object.values(schema.$defs[node.$ref.split("/").pop()].properties as Record<string, any>).map(titleOf)
        : [titleOf(node)],
    );
    for (const question of new Set(questions)) {
      expect(listed.some((item) => item.startsWith(question)), `step ${number} does not list "${question}"`).toBe(true);
    }
    expect(page.document.querySelector(".step-questions")?.nextElementSibling?.matches(".step-pager")).toBe(true);
  });
});
