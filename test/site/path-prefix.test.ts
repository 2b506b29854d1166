import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import type { Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";
import { describeViolations, runAxe } from "../helpers/axe.ts";
import { builtPages, type BuiltPage } from "../helpers/built-site.ts";
import { formatNuMessages, nuCheck } from "../helpers/nu-checker.ts";
import { waitForOfflineCopy } from "../helpers/offline-copy.ts";
import { ROOT, runBuild } from "../helpers/run-build.ts";
import { openQuestion, openWorkbookTab, valueOf, waitForStatus } from "../helpers/workbook-page.ts";

// The site as a project page of a static host: https://example.org/autonomy-contract/.
const PREFIX = "/autonomy-contract/";
const BASE_URL = `https://example.org${PREFIX}`;

let parent: string;
let dir: string;
let pages: BuiltPage[];
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), "autonomy-prefix-"));
  dir = path.join(parent, "dist");
  const run = runBuild(["--output", dir, "--base-url", BASE_URL]);
  if (run.status !== 0) throw new Error(`the site did not build under a prefix:\n${run.stderr}`);
  pages = builtPages(dir);
  server = await startStaticServer(dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(parent, { recursive: true, force: true });
});

/** Every href and src of every page (but the canonical address, which is absolute by design). */
const references = () =>
  pages.flatMap((page) =>
    [...page.document.querySelectorAll("[href], [src]")]
      .filter((element) => element.getAttribute("rel") !== "canonical")
      .map((element) => ({ page: page.url, target: (element.getAttribute("href") ?? element.getAttribute("src"))! })),
  );

describe(`the site published under ${PREFIX}`, () => {
  it("is served under the prefix, and the server says so", () => {
    expect(server.url).toBe(`${server.origin}${PREFIX.replace(/\/$/, "")}`);
    expect(pages.length).toBeGreaterThan(10);
  });

  it("puts every link, asset and download under the prefix", () => {
    const outside = references().filter(({ target }) => !target.startsWith("#") && !target.startsWith(PREFIX));
    expect(outside).toEqual([]);
  });

  it("resolves every link, asset and download over HTTP, and every anchor to an element", async () => {
    const ids = new Map(pages.map((page) => [`${PREFIX}${page.url.slice(1)}`, new Set([...page.document.querySelectorAll("[id]")].map((el) => el.id))]));
    const broken: string[] = [];
    const checked = new Map<string, number>();
    for (const { page, target } of references()) {
      const url = new URL(target, `${server.origin}${PREFIX}${page.slice(1)}`);
      if (!checked.has(url.pathname)) checked.set(url.pathname, (await fetch(`${server.origin}${url.pathname}`, { method: "HEAD" })).status);
      if (checked.get(url.pathname) !== 200) broken.push(`${page} -> ${target}: ${checked.get(url.pathname)}`);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.get(url.pathname)?.has(anchor)) broken.push(`${page} -> ${target}: no element with id "${anchor}"`);
    }
    expect(broken).toEqual([]);
    expect([...checked.keys()].filter((file) => file.endsWith(".pdf"))).toHaveLength(8);
  });

  it("names each page's published address, under the prefix, in its canonical link, the sitemap and robots.txt", () => {
    for (const page of pages.filter((candidate) => candidate.url !== "/404.html")) {
      expect(page.document.querySelector('link[rel="canonical"]')?.getAttribute("href"), page.url).toBe(`${BASE_URL}${page.url.slice(1)}`);
    }
    const sitemap = readFileSync(path.join(dir, "sitemap.xml"), "utf8");
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].every((match) => match[1]!.startsWith(BASE_URL))).toBe(true);
    expect(readFileSync(path.join(dir, "robots.txt"), "utf8")).toContain(`Sitemap: ${BASE_URL}sitemap.xml`);
  });

  it("writes headers rules for the prefixed paths", () => {
    const rules = readFileSync(path.join(dir, "_headers"), "utf8").split("\n").filter((line) => line.startsWith("/"));
    expect(rules.every((rule) => rule.startsWith(PREFIX))).toBe(true);
  });

  it("passes html-validate and the Nu HTML Checker on every page", async () => {
    const config = JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      expect(report.valid, page.url).toBe(true);
    }
    expect(formatNuMessages(nuCheck(pages.map((page) => page.file)))).toBe("");
  });

  it("keeps script off guide pages and its policy on every page", () => {
    for (const page of pages) {
      const scripts = page.document.querySelectorAll("script[src]");
      expect(scripts.length, page.url).toBe(["/workbook/", "/contract/"].includes(page.url) ? 1 : 0);
      expect(page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"), page.url).toMatch(/^default-src 'none'/);
    }
  });

  it.each(builtPages().map((page) => page.url))("%s loads everything from under the prefix, and has no axe violations", async (url) => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      const failed: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      page.on("requestfailed", (request) => failed.push(request.url()));
      page.on("response", (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
      await page.goto(`${server.url}${url}`, { waitUntil: "networkidle0" });
      expect(requested.filter((request) => !request.startsWith(`${server.url}/`) && !request.startsWith("data:"))).toEqual([]);
      expect(failed).toEqual([]);
      const results = await runAxe(page);
      expect(results.violations, describeViolations(results.violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("runs the workbook: its worker's scope is the prefix, answers are saved and come back", async () => {
    const context = await browser.createBrowserContext();
    try {
      const page = await openWorkbookTab(context, server.url);
      expect((await waitForOfflineCopy(page)).scope).toBe(`${server.url}/`);
      await openQuestion(page, "f-couple-a-name");
      await page.type("#f-couple-a-name", "Under a prefix");
      await waitForStatus(page, "Saved");
      await page.reload({ waitUntil: "load" });
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      expect(await valueOf(page, "#f-couple-a-name")).toBe("Under a prefix");
      // The contract page, run by script, leads back to the workbook under the prefix.
      await page.goto(`${server.url}/contract/`, { waitUntil: "load" });
      await page.waitForSelector("[data-contract] a, [data-contract-actions]:not([hidden])");
      const links = await page.$$eval("main a", (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
      expect(links.filter((link) => link.endsWith("/workbook/"))).not.toEqual([]);
      expect(links.filter((link) => !link.startsWith(PREFIX))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
