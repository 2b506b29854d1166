import { SERVICE_WORKER_POLICY, USE_NEW_VERSION } from "./service-worker-protocol.ts";
import { showUpdateNotice } from "./update-notice.ts";

/** How often a page left open looks for a new version, when it is shown again. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

interface ScriptUrlPolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

/**
 * The worker's URL as Trusted Types require it (the workbook and contract pages
 * enforce them): a policy that vouches for this one URL and throws on any other.
 */
function trustedScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy(SERVICE_WORKER_POLICY, {
    createScriptURL(input) {
      if (input !== url) throw new TypeError(`only the site's service worker may be loaded, not ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL, which register() takes where the DOM types only know strings.
  return policy.createScriptURL(url) as string;
}

/**
 * Registers the site's service worker (sw.js, written by the build), which keeps
 * every page and file of the site for offline use, and offers a new version when
 * one has been published, in the page's update notice. Called by the workbook and
 * contract pages, the only ones that run script; the site works the same without.
 */
export function registerServiceWorker(doc: Document = document): void {
  const workers = navigator.serviceWorker;
  const notice = doc.querySelector<HTMLElement>("[data-update-notice]");
  if (!workers || !window.isSecureContext || !notice) return;
  // The worker sits at the top of the site, one folder above this bundled script
  // (assets/), whatever the path prefix the site is published under.
  const url = new URL("../sw.js", import.meta.url).href;
  let accepted = false;

  const register = async () => {
    let registration: ServiceWorkerRegistration;
    try {
      registration = await workers.register(trustedScriptUrl(url), { updateViaCache: "none" });
    } catch {
      return; // offline on a first visit, or storage refused: the page works without it
    }
    const offer = (worker: ServiceWorker) =>
      showUpdateNotice(notice, () => {
        accepted = true;
        worker.postMessage(USE_NEW_VERSION);
      });
    // A worker already waiting (found on an earlier visit) is offered at once; one
    // that installs now only when another already controls the page (not on a first visit).
    if (registration.waiting && workers.controller) offer(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const worker = registration.installing;
      worker?.addEventListener("statechange", () => {
        if (worker.state === "installed" && workers.controller) offer(worker);
      });
    });
    // The new worker took over because the person asked: load the page from it.
    workers.addEventListener("controllerchange", () => {
      if (accepted) window.location.reload();
    });
    let checked = Date.now();
    doc.addEventListener("visibilitychange", () => {
      if (doc.visibilityState !== "visible" || Date.now() - checked < CHECK_EVERY_MS) return;
      checked = Date.now();
      registration.update().catch(() => undefined);
    });
  };

  // After the page has loaded: its own files come first.
  if (doc.readyState === "complete") void register();
  else window.addEventListener("load", () => void register(), { once: true });
}
