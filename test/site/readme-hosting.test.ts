import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicyHeader } from "../../src/site/content-security-policy.ts";
import { IMMUTABLE, REVALIDATE, SITE_WIDE_HEADERS } from "../../src/site/response-headers.ts";
import { ROOT } from "../helpers/run-build.ts";

// The README gives the site's headers for nginx and Caddy by hand; this keeps them
// the same as the policy the build writes into _headers.
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const blocks = (language: string) => [...readme.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((match) => match[1]!).join("\n");

describe.each(["nginx", "caddy"])("the README's %s configuration", (language) => {
  const config = blocks(language);

  it("is there", () => {
    expect(config.length).toBeGreaterThan(500);
  });

  it.each(Object.entries(SITE_WIDE_HEADERS))("sends %s as the build does", (name, value) => {
    expect(config).toMatch(new RegExp(`${name}\\s+"${value.replace(/[()*.?+]/g, "\\$&")}"`));
  });

  it.each(["guide", "app", "worker"] as const)("sends the %s Content-Security-Policy as the build does", (policy) => {
    expect(config).toContain(`Content-Security-Policy "${contentSecurityPolicyHeader(policy)}"`);
  });

  it("caches hashed files for ever and revalidates the rest", () => {
    expect(config).toContain(`Cache-Control "${IMMUTABLE}"`);
    expect(config).toContain(`Cache-Control "${REVALIDATE}"`);
  });
});
