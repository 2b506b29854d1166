import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { urlOf } from "../../src/build/list-built-pages.ts";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";
import { parseHeadersFile } from "../../src/site/headers-file.ts";
import { IMMUTABLE, REVALIDATE, ruleMatches, SITE_WIDE_HEADERS } from "../../src/site/response-headers.ts";
import { builtPages, siteDir } from "../helpers/built-site.ts";
import { gradeResponse } from "../helpers/observatory.ts";

/** Every file of the built site, as the site path it is served at. */
const files = readdirSync(siteDir(), { recursive: true, encoding: "utf8" })
  .filter((file) => !readdirSafe(path.join(siteDir(), file)) && file !== "_headers")
  .map((file) => (file.endsWith("index.html") ? urlOf(file) : `/${file.split(path.sep).join("/")}`))
  .sort();

function readdirSafe(file: string): boolean {
  try {
    readdirSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The Content-Type each kind of file must have (a wrong one is a risk with nosniff, and a broken page without). */
const TYPES: [RegExp, string][] = [
  [/\/$|\.html$/, "text/html; charset=utf-8"],
  [/\.css$/, "text/css; charset=utf-8"],
  [/\.js$/, "text/javascript; charset=utf-8"],
  [/\.woff2$/, "font/woff2"],
  [/\.svg$/, "image/svg+xml"],
  [/\.png$/, "image/png"],
  [/\.ico$/, "image/x-icon"],
  [/\.webmanifest$/, "application/manifest+json; charset=utf-8"],
  [/\.xml$/, "application/xml; charset=utf-8"],
  [/\.txt$/, "text/plain; charset=utf-8"],
  [/\.pdf$/, "application/pdf"],
  // The print fonts' coverage, which `pdf` reads beside the site (issue 11).
  [/\.json$/, "application/json; charset=utf-8"],
];
const COMPRESSED = /\/$|\.(html|css|js|svg|webmanifest|xml|txt|json)$/;

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(siteDir());
});
afterAll(() => server.close());

const get = (sitePath: string, headers: Record<string, string> = {}) => fetch(`${server.url}${sitePath}`, { headers: { "accept-encoding": "br, gzip", ...headers } });

describe("the response headers of npm run serve, for every file of the built site", () => {
  it("has every kind of file to check", () => {
    for (const [pattern] of TYPES) expect(files.some((file) => pattern.test(file)), String(pattern)).toBe(true);
  });

  it.each(files)("%s has its type, the site-wide headers and its caching", async (file) => {
    const response = await get(file);
    expect(response.status).toBe(200);
    const type = TYPES.find(([pattern]) => pattern.test(file));
    expect(type, `no expected type for ${file}`).toBeDefined();
    expect(response.headers.get("content-type")).toBe(type![1]);
    for (const [name, value] of Object.entries(SITE_WIDE_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get("cache-control")).toBe(file.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
    expect(response.headers.get("etag")).toBeTruthy();
    expect(response.headers.get("last-modified")).toBeTruthy();
    expect(response.headers.get("content-encoding")).toBe(COMPRESSED.test(file) ? "br" : null);
    // Sent back, the validator says the copy is current.
    expect((await get(file, { "if-none-match": response.headers.get("etag")! })).status).toBe(304);
  });

  it.each(builtPages().map((page) => [page.url, page] as const))("%s sends its own policy as a header, with what only a header can say", async (url, page) => {
    const response = await get(url);
    const meta = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content");
    expect(response.headers.get("content-security-policy")).toBe(`${meta}; frame-ancestors 'none'`);
    expect(meta).toMatch(/(^|; )base-uri 'none'(;|$)/);
    expect(meta).toMatch(/(^|; )form-action 'none'(;|$)/);
  });

  it.each(builtPages().map((page) => page.url))("%s is graded A+ by the HTTP Observatory's rules", async (url) => {
    const response = await get(url);
    const grade = gradeResponse({ headers: response.headers, html: await response.text(), url: response.url });
    expect(grade.grade, JSON.stringify(grade.tests, null, 1)).toBe("A+");
    // Every test that can fail, passes: nothing is taken off 100.
    expect(Object.values(grade.tests).filter((test) => test.modifier < 0)).toEqual([]);
  });

  it("gives the service worker a policy that lets it fetch files of the site and nothing else", async () => {
    const response = await get("/sw.js");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toBe(REVALIDATE);
  });

  it("answers an address without a page with the 404 page, status 404 and the site-wide headers", async () => {
    const response = await get("/no/such/page/");
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<h1>This page is not here<\/h1>/);
    for (const [name, value] of Object.entries(SITE_WIDE_HEADERS)) expect(response.headers.get(name), name).toBe(value);
  });
});

describe("the _headers file", () => {
  const rules = parseHeadersFile(readFileSync(path.join(siteDir(), "_headers"), "utf8"));

  it("never names one header in two rules that match the same file (Netlify keeps one value, Cloudflare joins them)", () => {
    for (const file of files) {
      const names = rules.filter((rule) => ruleMatches(rule.path, file)).flatMap((rule) => Object.keys(rule.headers).map((name) => name.toLowerCase()));
      expect(names.length, file).toBe(new Set(names).size);
    }
  });

  it("names every page with its policy, and nothing that is not a file of the site", () => {
    const exact = rules.filter((rule) => !rule.path.endsWith("*")).map((rule) => rule.path);
    for (const page of builtPages()) expect(exact).toContain(page.url);
    expect(exact.filter((rulePath) => !files.includes(rulePath))).toEqual([]);
  });
});

describe("the HTTP Observatory's rules (the check is live)", () => {
  const page = { html: "<!DOCTYPE html><title>x</title>", url: "https://example.org/" };

  it("grades a response without security headers D (F once the host's redirection is graded too)", () => {
    const graded = gradeResponse({ ...page, headers: new Headers() });
    expect(graded.score).toBe(100 - 25 - 20 - 5 - 20);
    expect(graded.grade).toBe("D");
  });

  it("takes points off a policy that allows inline script, and off a missing HSTS", () => {
    const headers = new Headers({ ...SITE_WIDE_HEADERS, "content-security-policy": "default-src 'self' 'unsafe-inline'; frame-ancestors 'none'" });
    const graded = gradeResponse({ ...page, headers });
    expect(graded.tests["content-security-policy"]!.modifier).toBe(-20);
    headers.delete("strict-transport-security");
    expect(gradeResponse({ ...page, headers }).tests["strict-transport-security"]!.modifier).toBe(-20);
    expect(gradeResponse({ ...page, headers }).grade).not.toBe("A+");
  });
});
