import { describe, expect, it } from "vitest";
import { builtPages } from "../helpers/built-site.ts";

const pages = builtPages();

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
  it.each(pages.map((page) => [page.url, page] as const))("%s ships no script at all", (_url, page) => {
    expect(page.document.querySelectorAll("script")).toHaveLength(0);
    expect(page.html).not.toMatch(/<script/i);
    const handlers = [...page.document.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith("on")));
    expect(handlers).toEqual([]);
  });

  it.each(pages.map((page) => [page.url, page] as const))("%s carries a strict Content-Security-Policy meta", (_url, page) => {
    const metas = page.document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    const policy = parsePolicy(metas[0]!.getAttribute("content") ?? "");
    expect(policy.get("default-src")).toEqual(["'none'"]);
    const scripts = policy.get("script-src") ?? policy.get("default-src")!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    for (const [directive, sources] of policy) {
      expect(sources.every((source) => ["'self'", "'none'"].includes(source)), `${directive} allows ${sources.join(" ")}`).toBe(true);
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
