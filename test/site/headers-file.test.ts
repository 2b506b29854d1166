import { describe, expect, it } from "vitest";
import { formatHeadersFile, parseHeadersFile } from "../../src/site/headers-file.ts";
import { headerRules, headersFor, IMMUTABLE, REVALIDATE, ruleMatches, SITE_WIDE_HEADERS } from "../../src/site/response-headers.ts";

const site = {
  pages: [
    { path: "/", policy: "guide" as const },
    { path: "/workbook/", policy: "app" as const },
    { path: "/404.html", policy: "guide" as const },
  ],
  files: ["/assets/site-ABC.css", "/assets/fonts/a-XYZ.woff2", "/sw.js", "/manifest.webmanifest", "/downloads/workbook-a4.pdf"],
};

describe("headerRules", () => {
  it("gives every page its own policy with frame-ancestors, and revalidation", () => {
    const headers = headersFor(headerRules(site, { pathPrefix: "/" }), "/workbook/");
    expect(headers["Content-Security-Policy"]).toMatch(/script-src 'self'.*frame-ancestors 'none'$/);
    expect(headers["Cache-Control"]).toBe(REVALIDATE);
    expect(headers["Referrer-Policy"]).toBe(SITE_WIDE_HEADERS["Referrer-Policy"]);
  });

  it("keeps hashed files for ever and checks the others", () => {
    const rules = headerRules(site, { pathPrefix: "/" });
    expect(headersFor(rules, "/assets/fonts/a-XYZ.woff2")["Cache-Control"]).toBe(IMMUTABLE);
    expect(headersFor(rules, "/downloads/workbook-a4.pdf")["Cache-Control"]).toBe(REVALIDATE);
    expect(headersFor(rules, "/manifest.webmanifest")["Cache-Control"]).toBe(REVALIDATE);
    expect(headersFor(rules, "/sw.js")["Content-Security-Policy"]).toMatch(/^default-src 'none'; connect-src 'self'/);
  });

  it("puts every rule under the path prefix", () => {
    const rules = headerRules(site, { pathPrefix: "/autonomy-contract/" });
    expect(rules.every((rule) => rule.path.startsWith("/autonomy-contract/"))).toBe(true);
    expect(headersFor(rules, "/autonomy-contract/workbook/")["Content-Security-Policy"]).toBeDefined();
    expect(headersFor(rules, "/workbook/")).toEqual({});
  });

  it("never names one header in two rules that match the same path", () => {
    const rules = headerRules(site, { pathPrefix: "/" });
    for (const sitePath of [...site.pages.map((page) => page.path), ...site.files]) {
      const names = rules.filter((rule) => ruleMatches(rule.path, sitePath)).flatMap((rule) => Object.keys(rule.headers));
      expect(names.length, sitePath).toBe(new Set(names).size);
    }
  });
});

describe("the _headers format", () => {
  it("reads back what it writes", () => {
    const rules = headerRules(site, { pathPrefix: "/" });
    const parsed = parseHeadersFile(formatHeadersFile(rules, ["a comment", "on two lines"]));
    expect(parsed).toEqual(rules.map(({ path, headers }) => ({ path, headers })));
  });

  it("joins a header given twice in one rule, as the hosts do", () => {
    expect(parseHeadersFile("/*\n  Link: <a>\n  Link: <b>\n")).toEqual([{ path: "/*", headers: { Link: "<a>, <b>" } }]);
  });

  it.each([
    ["  X-A: b\n", /_headers:1: a header before any path/],
    ["assets/*\n  X-A: b\n", /_headers:1: a rule's path must start with "\/"/],
    ["/*\n  not a header\n", /_headers:2: expected "Name: value"/],
  ])("refuses %j, naming the line", (text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});
