import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { renderServiceWorker } from "../../src/publish/render-service-worker.ts";
import { serviceWorkerPlan } from "../../src/publish/service-worker-plan.ts";
import type { PublishedFiles } from "../../src/site/response-headers.ts";

const SITE: PublishedFiles = {
  pages: [
    { path: "/", policy: "guide" },
    { path: "/workbook/", policy: "app" },
  ],
  files: ["/assets/site-A.css", "/downloads/workbook-a4.pdf", "/robots.txt", "/sitemap.xml", "/sw.js", "/manifest.webmanifest"],
};

async function siteFolder(css = "body{}"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-sw-"));
  for (const folder of ["workbook", "assets", "downloads"]) await mkdir(path.join(dir, folder));
  const files: Record<string, string> = {
    "index.html": "home",
    "workbook/index.html": "workbook",
    "assets/site-A.css": css,
    "downloads/workbook-a4.pdf": "%PDF",
    "robots.txt": "",
    "sitemap.xml": "",
    "sw.js": "",
    "manifest.webmanifest": "{}",
  };
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

describe("serviceWorkerPlan", () => {
  it("keeps every page and file for offline use, the PDFs on first download, and not what crawlers read", async () => {
    const plan = await serviceWorkerPlan(await siteFolder(), SITE);
    expect(plan.precache).toEqual(["./", "assets/site-A.css", "manifest.webmanifest", "workbook/"]);
    expect(plan.onFirstUse).toEqual(["downloads/workbook-a4.pdf"]);
  });

  it("has the same version for the same files and a new one when any file changes", async () => {
    const first = await serviceWorkerPlan(await siteFolder(), SITE);
    const again = await serviceWorkerPlan(await siteFolder(), SITE);
    const changed = await serviceWorkerPlan(await siteFolder("body{color:red}"), SITE);
    expect(again.version).toBe(first.version);
    expect(changed.version).not.toBe(first.version);
    expect(first.version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("serviceWorkerPlan and the PDF stage's files", () => {
  it("keeps neither the print fonts for CJK and emoji nor their coverage, which only the PDF stage reads, but keeps a font a page's stylesheet names too", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-sw-print-"));
    await mkdir(path.join(dir, "assets/fonts"), { recursive: true });
    await mkdir(path.join(dir, "print-fonts"));
    const files: Record<string, string> = {
      "index.html": "home",
      "assets/site-A.css": '@font-face{src:url("./fonts/latin-1.woff2")}',
      "assets/print-fonts-cjk-emoji-B.css": "@font-face{src:url(./fonts/sc-1.woff2)}@font-face{src:url('./fonts/latin-1.woff2')}",
      "assets/fonts/latin-1.woff2": "l",
      "assets/fonts/sc-1.woff2": "s",
      "print-fonts/glyph-coverage.json": "[]",
    };
    for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
    const plan = await serviceWorkerPlan(dir, {
      pages: [{ path: "/", policy: "guide" }],
      files: ["/assets/site-A.css", "/assets/print-fonts-cjk-emoji-B.css", "/assets/fonts/latin-1.woff2", "/assets/fonts/sc-1.woff2", "/print-fonts/glyph-coverage.json"],
    });
    expect(plan.precache).toEqual(["./", "assets/fonts/latin-1.woff2", "assets/site-A.css"]);
    expect(plan.onFirstUse).toEqual([]);
  });
});

describe("renderServiceWorker", () => {
  const source = renderServiceWorker({ version: "0123456789abcdef", precache: ["./", "assets/a.css"], onFirstUse: ["downloads/a.pdf"] });

  it("is a script browsers can run", () => {
    expect(() => new vm.Script(source)).not.toThrow();
  });

  it("names its cache after the build and handles only GET", () => {
    expect(source).toContain('const VERSION = "0123456789abcdef";');
    expect(source).toMatch(/if \(request\.method !== "GET"\) return;/);
  });

  it("precaches, answers from its cache, leaves what is not a GET of a kept file alone, and deletes only its own older caches", async () => {
    // A minimal service-worker global: caches, fetch and events, to run the real source.
    // An older build of this copy, another copy of the site at the top of the origin, and another site's cache.
    const stores = new Map<string, Map<string, string>>([["autonomy-contract /site/ 00000000000older", new Map()], ["autonomy-contract / 0123456789abcdef", new Map()], ["another site", new Map()]]);
    const listeners = new Map<string, (event: any) => void>();
    const fetched: string[] = [];
    const cacheOf = (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name)!;
      return {
        addAll: async (requests: { url: string }[]) => requests.forEach((request) => store.set(request.url, `network ${request.url}`)),
        match: async (key: string) => store.get(key),
        put: async (key: string, value: string) => void store.set(key, value),
      };
    };
    const self = {
      location: { href: "https://example.org/site/sw.js" },
      addEventListener: (type: string, listener: (event: any) => void) => listeners.set(type, listener),
      clients: { claim: async () => undefined },
      skipWaiting: () => undefined,
    };
    const context = vm.createContext({
      self,
      URL,
      Set,
      Request: class { constructor(readonly url: string) {} },
      caches: { open: async (name: string) => cacheOf(name), keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) },
      fetch: async (request: string | { url: string }) => {
        const url = typeof request === "string" ? request : request.url;
        fetched.push(url);
        return { ok: true, clone: () => `network ${url}` };
      },
    });
    vm.runInContext(source, context);
    const run = async (type: string, event: object) => {
      let done: Promise<unknown> = Promise.resolve();
      listeners.get(type)!({ ...event, waitUntil: (promise: Promise<unknown>) => (done = promise), respondWith: (promise: Promise<unknown>) => (done = promise) });
      return done;
    };
    await run("install", {});
    const cacheName = "autonomy-contract /site/ 0123456789abcdef";
    expect([...stores.get(cacheName)!.keys()]).toEqual(["https://example.org/site/", "https://example.org/site/assets/a.css"]);
    await run("activate", {});
    expect([...stores.keys()].sort()).toEqual(["another site", "autonomy-contract / 0123456789abcdef", cacheName]);
    fetched.length = 0;
    expect(await run("fetch", { request: { method: "GET", url: "https://example.org/site/assets/a.css" } })).toBe("network https://example.org/site/assets/a.css");
    expect(fetched).toEqual([]);
    let answered = false;
    listeners.get("fetch")!({ request: { method: "POST", url: "https://example.org/site/" }, respondWith: () => (answered = true) });
    listeners.get("fetch")!({ request: { method: "GET", url: "https://example.org/site/?q=1" }, respondWith: () => (answered = true) });
    expect(answered).toBe(false);
  });
});
