/**
 * Mozilla's HTTP Observatory grading (mdn/mdn-http-observatory: src/analyzer/tests/*,
 * src/grader/charts.js and src/scanner/index.js), for one page's response, as the
 * published site would send it over HTTPS. The two tests that depend on the host
 * and not on the site's headers are not graded here: the redirection from http://
 * to https:// (the host's setting) and HSTS preloading (a list the host joins).
 * Its npm package cannot be used here: it installs a database client and fetches
 * certificates from the network at install time.
 */

/** One test's outcome: what the Observatory calls it, and what it adds to or takes from 100. */
export interface ObservatoryTest {
  result: string;
  modifier: number;
}

/** A page's grade, its score and each test. */
export interface ObservatoryGrade {
  grade: string;
  score: number;
  tests: Record<string, ObservatoryTest>;
}

/** What the Observatory reads of a response: its headers (lower-case names) and its HTML. */
export interface PageResponse {
  headers: Headers;
  html: string;
  url: string;
}

const GRADES: [number, string][] = [[100, "A+"], [90, "A"], [85, "A-"], [80, "B+"], [70, "B"], [65, "B-"], [60, "C+"], [50, "C"], [45, "C-"], [40, "D+"], [30, "D"], [25, "D-"], [0, "F"]];
const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;
const BROAD = new Set(["ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", "data:"]);
const META_FORBIDDEN = ["frame-ancestors", "report-uri", "sandbox"];

type Policy = Map<string, Set<string>>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    if (policy.has(name.toLowerCase())) throw new Error(`duplicate directive ${name}`);
    policy.set(name.toLowerCase(), new Set(sources.length ? sources.map((source) => source.toLowerCase()) : ["'none'"]));
  }
  return policy;
}

/** Several policies all apply: a directive allows only what every policy naming it allows. */
function combine(policies: Policy[]): Policy {
  const combined: Policy = new Map();
  for (const policy of policies) {
    for (const [directive, sources] of policy) {
      const known = combined.get(directive);
      combined.set(directive, known ? new Set([...known].filter((source) => sources.has(source))) : new Set(sources));
    }
  }
  for (const [directive, sources] of combined) if (sources.size === 0) combined.set(directive, new Set(["'none'"]));
  return combined;
}

function metaContents(html: string, name: string): string[] {
  const pattern = new RegExp(`<meta\\s+http-equiv="${name}"\\s+content="([^"]*)"`, "gi");
  return [...html.matchAll(pattern)].map((match) => match[1]!.replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
}

function cspTest(response: PageResponse): ObservatoryTest & { frameAncestors: boolean } {
  const headerPolicies = (response.headers.get("content-security-policy") ?? "").split(",").map((text) => text.trim()).filter(Boolean);
  const metaPolicies = metaContents(response.html, "Content-Security-Policy");
  if (headerPolicies.length + metaPolicies.length === 0) return { result: "csp-not-implemented", modifier: -25, frameAncestors: false };
  let csp: Policy;
  let headerOnly: Policy;
  try {
    headerOnly = combine(headerPolicies.map(parsePolicy));
    const metas = metaPolicies.map(parsePolicy).map((policy) => new Map([...policy].filter(([directive]) => !META_FORBIDDEN.includes(directive))));
    csp = combine([...headerPolicies.map(parsePolicy), ...metas]);
  } catch {
    return { result: "csp-header-invalid", modifier: -25, frameAncestors: false };
  }
  const get = (...names: string[]) => names.map((name) => csp.get(name)).find(Boolean) ?? new Set(["*"]);
  const scripts = get("script-src", "default-src");
  const styles = get("style-src", "default-src");
  const objects = get("object-src", "default-src");
  const frameAncestors = headerOnly.has("frame-ancestors") && ![...headerOnly.get("frame-ancestors")!].some((source) => BROAD.has(source));
  const passive = ["img-src", "media-src"].flatMap((name) => [...(csp.get(name) ?? csp.get("default-src") ?? [])]);
  const active = [...csp].filter(([name]) => !["img-src", "media-src", "script-src"].includes(name)).flatMap(([, sources]) => [...sources]).concat([...scripts]);
  const result = (name: string, modifier: number) => ({ result: name, modifier, frameAncestors });
  if ([...scripts].some((source) => BROAD.has(source) || UNSAFE_INLINE.has(source)) || [...objects].some((source) => BROAD.has(source))) return result("csp-implemented-with-unsafe-inline", -20);
  if (active.some((source) => source.startsWith("http:") || source.startsWith("ftp:"))) return result("csp-implemented-with-insecure-scheme", -20);
  if ([...scripts, ...styles].includes("'unsafe-eval'")) return result("csp-implemented-with-unsafe-eval", -10);
  if (passive.some((source) => source.startsWith("http:") || source.startsWith("ftp:"))) return result("csp-implemented-with-insecure-scheme-in-passive-content-only", -10);
  if ([...styles].some((source) => BROAD.has(source) || UNSAFE_INLINE.has(source))) return result("csp-implemented-with-unsafe-inline-in-style-src-only", 0);
  const defaultSrc = csp.get("default-src");
  if (defaultSrc?.size === 1 && defaultSrc.has("'none'")) return result("csp-implemented-with-no-unsafe-default-src-none", 10);
  return result("csp-implemented-with-no-unsafe", 5);
}

function hstsTest(headers: Headers): ObservatoryTest {
  const header = headers.get("strict-transport-security");
  if (!header) return { result: "hsts-not-implemented", modifier: -20 };
  const maxAge = /max-age\s*=\s*"?(\d+)"?/i.exec(header)?.[1];
  if (maxAge === undefined) return { result: "hsts-header-invalid", modifier: -20 };
  return Number(maxAge) >= 15_768_000 ? { result: "hsts-implemented-max-age-at-least-six-months", modifier: 0 } : { result: "hsts-implemented-max-age-less-than-six-months", modifier: -10 };
}

function referrerTest(response: PageResponse): ObservatoryTest {
  const good = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
  const bad = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];
  const values = [response.headers.get("referrer-policy") ?? "", ...metaContents(response.html, "Referrer-Policy")].join(",").split(",").map((value) => value.trim().toLowerCase()).filter(Boolean);
  if (values.length === 0) return { result: "referrer-policy-not-implemented", modifier: 0 };
  const last = values.filter((value) => good.includes(value) || bad.includes(value)).at(-1);
  if (last && good.includes(last)) return { result: "referrer-policy-private", modifier: 5 };
  return last ? { result: "referrer-policy-unsafe", modifier: -5 } : { result: "referrer-policy-header-invalid", modifier: -5 };
}

function sriTest(response: PageResponse): ObservatoryTest {
  const origin = new URL(response.url).origin;
  const scripts = [...response.html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)].map((match) => ({ src: match[1]!, integrity: /\bintegrity=/.test(match[0]) }));
  if (scripts.length === 0) return { result: "sri-not-implemented-but-no-scripts-loaded", modifier: 0 };
  const external = scripts.filter(({ src }) => new URL(src, response.url).origin !== origin);
  if (external.length === 0) return { result: "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", modifier: 0 };
  return external.every(({ integrity }) => integrity) ? { result: "sri-implemented-and-external-scripts-loaded-securely", modifier: 5 } : { result: "sri-not-implemented-but-external-scripts-loaded-securely", modifier: -5 };
}

/** Grades a page's response as the Observatory does, with its score and letter. */
export function gradeResponse(response: PageResponse): ObservatoryGrade {
  const { headers } = response;
  const csp = cspTest(response);
  const xfo = headers.get("x-frame-options")?.trim().toLowerCase();
  const corp = headers.get("cross-origin-resource-policy")?.trim().toLowerCase();
  const acao = headers.get("access-control-allow-origin");
  const tests: Record<string, ObservatoryTest> = {
    "content-security-policy": { result: csp.result, modifier: csp.modifier },
    cookies: headers.get("set-cookie") ? { result: "cookies-without-secure-flag", modifier: -20 } : { result: "cookies-not-found", modifier: 0 },
    "cross-origin-resource-sharing":
      acao && acao !== "*" && headers.get("access-control-allow-credentials") ? { result: "cross-origin-resource-sharing-implemented-with-universal-access", modifier: -50 } : { result: acao ? "cross-origin-resource-sharing-implemented-with-public-access" : "cross-origin-resource-sharing-not-implemented", modifier: 0 },
    "referrer-policy": referrerTest(response),
    "strict-transport-security": hstsTest(headers),
    "subresource-integrity": sriTest(response),
    "x-content-type-options": headers.get("x-content-type-options")?.trim().toLowerCase() === "nosniff" ? { result: "x-content-type-options-nosniff", modifier: 0 } : { result: headers.has("x-content-type-options") ? "x-content-type-options-header-invalid" : "x-content-type-options-not-implemented", modifier: -5 },
    "x-frame-options": csp.frameAncestors
      ? { result: "x-frame-options-implemented-via-csp", modifier: 5 }
      : xfo === "deny" || xfo === "sameorigin"
        ? { result: "x-frame-options-sameorigin-or-deny", modifier: 0 }
        : { result: xfo ? "x-frame-options-header-invalid" : "x-frame-options-not-implemented", modifier: -20 },
    "cross-origin-resource-policy":
      corp === "same-origin" || corp === "same-site"
        ? { result: `cross-origin-resource-policy-implemented-with-${corp}`, modifier: 10 }
        : corp === undefined || corp === "cross-origin"
          ? { result: corp ? "cross-origin-resource-policy-implemented-with-cross-origin" : "cross-origin-resource-policy-not-implemented", modifier: 0 }
          : { result: "cross-origin-resource-policy-header-invalid", modifier: -5 },
  };
  const modifiers = Object.values(tests).map((test) => test.modifier);
  const uncurved = 100 + modifiers.filter((modifier) => modifier < 0).reduce((sum, modifier) => sum + modifier, 0);
  const score = uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? 100 + modifiers.reduce((sum, modifier) => sum + modifier, 0) : uncurved;
  const grade = GRADES.find(([minimum]) => Math.max(0, score) >= minimum)![1];
  return { grade, score, tests };
}
