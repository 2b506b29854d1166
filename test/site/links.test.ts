import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { ROOT } from "../helpers/run-build.ts";

const pages = builtPages();
const idsByUrl = new Map(pages.map((page) => [page.url, new Set([...page.document.querySelectorAll("[id]")].map((el) => el.id))]));

/** The file a site-relative URL is served from, or undefined when there is none. */
function fileFor(urlPath: string): string | undefined {
  const file = path.join(siteDir(), decodeURIComponent(urlPath));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, "index.html");
  return existsSync(index) ? index : undefined;
}

/**
 * Every link and source of every page, except the canonical link, which names the
 * page's published address (data/site.json "url"), not a file of this folder: it is
 * checked on its own below; and "Exit this page", the one link that leaves the site on
 * purpose (data/site.json "exitTo", issue 15), checked on its own too.
 */
const references = pages.flatMap((page) =>
  [...page.document.querySelectorAll("[href], [src]")]
    .filter((element) => element.getAttribute("rel") !== "canonical" && !element.hasAttribute("data-exit-this-page"))
    .map((element) => ({
      page: page.url,
      target: element.getAttribute("href") ?? element.getAttribute("src") ?? "",
    })),
);
const site = JSON.parse(readFileSync(path.join(ROOT, "data/site.json"), "utf8")) as { url: string };

describe("internal links", () => {
  it("finds links to check", () => {
    expect(references.length).toBeGreaterThan(100);
  });

  it("has no link to another origin or scheme", () => {
    const external = references.filter(({ target }) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target));
    expect(external).toEqual([]);
  });

  it("leaves the site only by Exit this page: on the workbook, the contract view and the safety page, to data/site.json's exitTo, with no referrer", () => {
    const exits = pages.flatMap((page) => [...page.document.querySelectorAll("a[data-exit-this-page]")].map((link) => ({ page: page.url, href: link.getAttribute("href"), rel: link.getAttribute("rel") })));
    expect([...new Set(exits.map((exit) => exit.page))].sort()).toEqual(["/contract/", "/safety/", "/workbook/"]);
    for (const exit of exits) expect(exit).toMatchObject({ href: (site as { exitTo?: string }).exitTo, rel: "noreferrer nofollow" });
  });

  it("has no empty link", () => {
    expect(references.filter(({ target }) => target.trim() === "")).toEqual([]);
  });

  it("resolves every link and anchor to a file and an element id", () => {
    const broken: string[] = [];
    for (const { page, target } of references) {
      const resolved = new URL(target, `http://site.test${page}`);
      const file = fileFor(resolved.pathname);
      if (!file) {
        broken.push(`${page} -> ${target}: no such file`);
        continue;
      }
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      const targetUrl = resolved.pathname.endsWith("/") || !path.extname(resolved.pathname) ? resolved.pathname.replace(/\/?$/, "/") : resolved.pathname;
      if (anchor && !idsByUrl.get(targetUrl)?.has(anchor)) broken.push(`${page} -> ${target}: no element with id "${anchor}"`);
    }
    expect(broken).toEqual([]);
  });

  it.each(pages.filter((page) => page.url !== "/404.html").map((page) => [page.url, page] as const))("%s names its published address as canonical, and Open Graph says the same", (url, page) => {
    const canonical = page.document.querySelectorAll('link[rel="canonical"]');
    expect(canonical).toHaveLength(1);
    const expected = new URL(url.slice(1), site.url).href;
    expect(canonical[0]!.getAttribute("href")).toBe(expected);
    const og = (property: string) => page.document.querySelector(`meta[property="og:${property}"]`)?.getAttribute("content");
    expect(og("url")).toBe(expected);
    expect(og("title")).toBe(page.document.title);
    expect(og("description")).toBe(page.document.querySelector('meta[name="description"]')?.getAttribute("content"));
    expect(og("image")?.slice(site.url.length)).toMatch(/^assets\/icon-maskable-512-[A-F0-9]{8}\.png$/);
    expect(og("image")?.startsWith(site.url)).toBe(true);
  });

  it("keeps the not-found page out of search results, with no address of its own", () => {
    const notFound = pages.find((page) => page.url === "/404.html")!;
    expect(notFound.document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    expect(notFound.document.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it("resolves every url() and @import in the stylesheets to a file of the site", () => {
    const assets = path.join(siteDir(), "assets");
    const sheets = readdirSync(assets).filter((file) => file.endsWith(".css"));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const css = readFileSync(path.join(assets, sheet), "utf8");
      // url(...) anywhere, and @import "..." (esbuild minifies @import url("x") to that).
      const urls = [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s*["']([^"']+)["']/g)].map((match) => (match[1] ?? match[2])!);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url, `${sheet} loads ${url} from another origin`).not.toMatch(/^([a-z]+:|\/\/)/i);
        expect(existsSync(path.resolve(assets, url)), `${sheet} -> ${url}`).toBe(true);
      }
    }
  });
});
