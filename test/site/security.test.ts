import { describe, expect, it } from "vitest";
import { SERVICE_WORKER_POLICY } from "../../src/browser/service-worker-protocol.ts";
import { builtPages } from "../helpers/built-site.ts";

const pages = builtPages();

/** The pages that run script: the workbook and the contract view; and the safety page, for "Exit this page" alone (issue 15). Every other page runs none. */
const APP_PAGES = ["/workbook/", "/contract/"];
const SAFETY_PAGE = "/safety/";
const guidePages = pages.filter((page) => !APP_PAGES.includes(page.url) && page.url !== SAFETY_PAGE);
const appPages = pages.filter((page) => APP_PAGES.includes(page.url));

/** Parses a CSP string into directive -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => part.trim()).filter(Boolean).map((part) => {
      const [name, ...sources] = part.split(/\s+/);
      return [name!.toLowerCase(), sources];
    }),
  );
}

describe("content security", () => {
  it.each(guidePages.map((page) => [page.url, page] as const))("%s ships no script at all", (_url, page) => {
    expect(page.document.querySelectorAll("script")).toHaveLength(0);
    expect(page.html).not.toMatch(/<script/i);
  });

  it("the safety page is the one guide page with script: one bundled file for Exit this page, under the workbook's policy, no inline code", () => {
    const page = pages.find((candidate) => candidate.url === SAFETY_PAGE)!;
    const scripts = [...page.document.querySelectorAll("script")];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute("type")).toBe("module");
    expect(scripts[0]!.getAttribute("src")).toMatch(/^\/assets\/exit-page-[A-Z0-9]{8}\.js$/);
    expect(scripts[0]!.textContent).toBe("");
    const policy = parsePolicy(page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("require-trusted-types-for")).toEqual(["'script'"]);
    const appPolicy = appPages[0]!.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
    expect(page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toBe(appPolicy);
  });

  it("the workbook and the contract view are both built", () => {
    expect(appPages.map((page) => page.url).sort()).toEqual([...APP_PAGES].sort());
  });

  it.each(appPages.map((page) => [page.url, page] as const))("%s runs only one bundled file of the site, and its schema (and the contract's clauses) are inert data", (_url, page) => {
    const scripts = [...page.document.querySelectorAll("script")];
    const code = scripts.filter((script) => script.getAttribute("type") !== "application/json");
    expect(code).toHaveLength(1);
    expect(code[0]!.getAttribute("type")).toBe("module");
    expect(code[0]!.getAttribute("src")).toMatch(/^\/assets\/[a-z-]+-[A-Z0-9]{8}\.js$/);
    expect(code[0]!.textContent).toBe("");
    const data = scripts.filter((script) => script.getAttribute("type") === "application/json");
    expect(data.map((script) => script.id)).toEqual(page.url === "/contract/" ? ["contract-schema", "contract-clauses"] : ["contract-schema"]);
    // Nothing in a data block can end it early.
    for (const block of data) expect(block.textContent).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.parse(data[0]!.textContent ?? "").$id).toMatch(/^urn:autonomy-contract:contract:/);
    if (data[1]) expect(Object.keys(JSON.parse(data[1].textContent ?? ""))).toContain("batteryPack");
  });

  it.each(pages.map((page) => [page.url, page] as const))("%s has no inline event handlers", (_url, page) => {
    const handlers = [...page.document.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith("on")));
    expect(handlers).toEqual([]);
  });

  it.each(appPages.map((page) => [page.url, page] as const))("%s allows only its own scripts and forbids HTML string sinks (Trusted Types)", (_url, page) => {
    const policy = parsePolicy(page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("require-trusted-types-for")).toEqual(["'script'"]);
    // One policy, which vouches for the service worker's URL and nothing else.
    expect(policy.get("trusted-types")).toEqual([SERVICE_WORKER_POLICY]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    // Only the site's own files (Lighthouse reads robots.txt from inside the page).
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it.each(pages.map((page) => [page.url, page] as const))("%s carries a strict Content-Security-Policy meta", (_url, page) => {
    const metas = page.document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    const policy = parsePolicy(metas[0]!.getAttribute("content") ?? "");
    expect(policy.get("default-src")).toEqual(["'none'"]);
    const scripts = policy.get("script-src") ?? policy.get("default-src")!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    for (const [directive, sources] of policy) {
      const allowed = directive === "require-trusted-types-for" ? ["'script'"] : directive === "trusted-types" ? [SERVICE_WORKER_POLICY] : ["'self'", "'none'"];
      expect(sources.every((source) => allowed.includes(source)), `${directive} allows ${sources.join(" ")}`).toBe(true);
    }
    // The policy must come before anything it governs.
    const head = page.document.head.children;
    expect([...head].findIndex((el) => el.getAttribute("http-equiv") === "Content-Security-Policy")).toBeLessThan(
      [...head].findIndex((el) => el.tagName === "LINK"),
    );
  });

  it.each(pages.map((page) => [page.url, page] as const))("%s has no inline style to relax the policy for", (_url, page) => {
    expect(page.document.querySelectorAll("style, [style]")).toHaveLength(0);
  });
});
