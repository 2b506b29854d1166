/**
 * What the pages and the service worker agree on. Plain constants, so the build
 * (the worker's source, the Content-Security-Policy) and the pages share them.
 */

/**
 * The one Trusted Types policy the pages that run script may create: it turns
 * exactly one URL, the site's service worker, into a TrustedScriptURL (registering a
 * worker is a script-URL sink). The Content-Security-Policy names it and no other.
 */
export const SERVICE_WORKER_POLICY = "service-worker-url";

/** The message a page sends the waiting worker when the person chooses the new version. */
export const USE_NEW_VERSION = "use-new-version";
