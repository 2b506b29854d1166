import { contentSecurityPolicyHeader, type PolicyName } from "./content-security-policy.ts";
import { prefixedPath, type SiteLocation } from "./site-location.ts";

/**
 * Browser features the site never uses, turned off for it and anything it could
 * embed. Only names Chromium recognises: an unknown one is a console warning on
 * every page.
 */
const FEATURES_OFF = [
  "accelerometer", "autoplay", "browsing-topics", "camera", "clipboard-read", "compute-pressure",
  "display-capture", "encrypted-media", "gamepad", "geolocation", "gyroscope", "hid", "idle-detection",
  "keyboard-map", "local-fonts", "magnetometer", "microphone", "midi", "otp-credentials", "payment",
  "picture-in-picture", "publickey-credentials-create", "publickey-credentials-get", "screen-wake-lock",
  "serial", "speaker-selection", "storage-access", "sync-xhr", "usb", "window-management", "xr-spatial-tracking",
];

/**
 * What every response of the site says, whatever the file. HSTS without
 * includeSubDomains or preload: the site may live on someone else's domain, whose
 * other hosts are not ours to commit to HTTPS (browsers ignore it over plain HTTP).
 * X-Frame-Options repeats frame-ancestors for browsers that predate it, and covers
 * files that carry no Content-Security-Policy.
 */
export const SITE_WIDE_HEADERS: Readonly<Record<string, string>> = {
  "Strict-Transport-Security": "max-age=63072000",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": FEATURES_OFF.map((feature) => `${feature}=()`).join(", "),
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/** Files whose name carries a hash of their content: a changed file has a new name, so it may be kept for ever. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else: kept, but checked with the server (ETag, Last-Modified) before each use. */
export const REVALIDATE = "no-cache";

/** One block of a headers file: a path (`*` matches any rest of it) and the headers for what it matches. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
  /** Why, as a comment above the block. */
  note?: string;
}

/** The built site as the headers need it: its pages with their policy, and its other files. */
export interface PublishedFiles {
  /** Site paths of pages as they are served (`/`, `/steps/1-battery-pack/`, `/404.html`). */
  pages: { path: string; policy: PolicyName }[];
  /** Site paths of every other file (`/sw.js`, `/assets/site-X.css`, `/downloads/a.pdf`). */
  files: string[];
}

/** Where the service worker lives: at the top of the site, so its scope is the whole site. */
export const SERVICE_WORKER_PATH = "/sw.js";
/** Content-hashed files live here, and nothing else does. */
export const HASHED_DIR = "/assets/";

/**
 * The response headers of a built site, as rules a static host applies by path.
 * No header appears in two rules that can match the same path: Netlify keeps one
 * of two such values and Cloudflare Pages joins them, so only disjoint rules mean
 * the same on both. Hence no Cache-Control or Content-Security-Policy for `/*`:
 * each page gets its own policy, and every file its caching.
 */
export function headerRules(site: PublishedFiles, location: Pick<SiteLocation, "pathPrefix">): HeaderRule[] {
  const at = (sitePath: string) => prefixedPath(location, sitePath);
  const hashed = site.files.some((file) => file.startsWith(HASHED_DIR));
  const others = site.files.filter((file) => !file.startsWith(HASHED_DIR) && file !== SERVICE_WORKER_PATH).sort();
  return [
    { path: at("/*"), headers: { ...SITE_WIDE_HEADERS }, note: "Every response" },
    ...(hashed ? [{ path: at(`${HASHED_DIR}*`), headers: { "Cache-Control": IMMUTABLE }, note: "Content-hashed files: a new version has a new name" }] : []),
    ...[...site.pages]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((page, index) => ({
        path: at(page.path),
        headers: { "Content-Security-Policy": contentSecurityPolicyHeader(page.policy), "Cache-Control": REVALIDATE },
        ...(index === 0 ? { note: "Pages: each with its own policy, checked for a newer version before each use" } : {}),
      })),
    ...(site.files.includes(SERVICE_WORKER_PATH)
      ? [{ path: at(SERVICE_WORKER_PATH), headers: { "Content-Security-Policy": contentSecurityPolicyHeader("worker"), "Cache-Control": REVALIDATE }, note: "The service worker: browsers look for a new one on every visit" }]
      : []),
    ...others.map((file, index) => ({
      path: at(file),
      headers: { "Cache-Control": REVALIDATE },
      ...(index === 0 ? { note: "Files whose name stays the same from build to build" } : {}),
    })),
  ];
}

/** Whether a rule's path matches a request path: exactly, or up to a final `*` that matches any rest. */
export function ruleMatches(rulePath: string, requestPath: string): boolean {
  return rulePath.endsWith("*") ? requestPath.startsWith(rulePath.slice(0, -1)) : rulePath === requestPath;
}

/**
 * The headers for a request path: those of every matching rule; a header named by
 * two matching rules is joined with ", ", as Cloudflare Pages does (the build
 * writes none such, see headerRules).
 */
export function headersFor(rules: readonly HeaderRule[], requestPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule.path, requestPath)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = Object.keys(headers).find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
