import { USE_NEW_VERSION } from "../browser/service-worker-protocol.ts";

/** What the service worker of one build keeps, as paths relative to where it is served. */
export interface ServiceWorkerPlan {
  /** Names this build's cache: a new build has a new version, so a new worker and cache. */
  version: string;
  /** Kept when the worker installs: every page and every file they load. */
  precache: readonly string[];
  /** Kept the first time they are downloaded (the workbook PDFs). */
  onFirstUse: readonly string[];
}

/**
 * The service worker's source: a page of plain JavaScript with this build's lists in
 * it. It only ever answers GET requests for files of the site, from its cache; it
 * sees nothing a person types (the pages send nothing), and it waits to take over
 * until the person says so (USE_NEW_VERSION) or every tab of the old version is
 * closed. When it takes over, it deletes the caches of older builds.
 */
export function renderServiceWorker(plan: ServiceWorkerPlan): string {
  return `// The offline copy of the site, build ${plan.version}.
// Written by the build (src/publish/render-service-worker.ts): do not edit.
"use strict";
const VERSION = ${JSON.stringify(plan.version)};
const PRECACHE = ${JSON.stringify(plan.precache, null, 1)};
const ON_FIRST_USE = ${JSON.stringify(plan.onFirstUse, null, 1)};

// Paths are relative to this file, which sits at the top of the site, so the same
// build works under any path prefix. The cache name holds that path too: two copies
// of the site on one origin never delete each other's cache.
const here = (path) => new URL(path, self.location.href).href;
const OWN = "autonomy-contract " + new URL("./", self.location.href).pathname + " ";
const CACHE = OWN + VERSION;
const precached = new Set(PRECACHE.map(here));
const onFirstUse = new Set(ON_FIRST_USE.map(here));

self.addEventListener("install", (event) => {
  // Fresh from the server, not from the HTTP cache: the copy is this build's, whole.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(here(path), { cache: "no-cache" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(OWN) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// A new version waits until the person chooses it: a page never changes under them.
self.addEventListener("message", (event) => {
  if (event.data === ${JSON.stringify(USE_NEW_VERSION)}) self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  // Only reading files of the site; anything else goes to the network untouched.
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.search) return;
  const key = url.origin + url.pathname;
  if (precached.has(key)) event.respondWith(fromCache(key, request));
  else if (onFirstUse.has(key)) event.respondWith(keptOnFirstUse(key, event));
});

async function fromCache(key, request) {
  const cached = await (await caches.open(CACHE)).match(key);
  return cached || fetch(request);
}

async function keptOnFirstUse(key, event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  // The whole file, even when the browser asked for a part: a part cannot be kept.
  const response = await fetch(key);
  if (response.ok) event.waitUntil(cache.put(key, response.clone()));
  return response;
}
`;
}
