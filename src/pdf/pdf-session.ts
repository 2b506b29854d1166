import type { Browser, Page } from "puppeteer";
import { launchBrowser } from "../chromium/launch-browser.ts";
import { startStaticServer, type StaticServer } from "../server/static-server.ts";
import { guardRequests } from "./guard-requests.ts";
import { PDF_TIMEOUTS, withTimeout, type PdfTimeouts } from "./pdf-timeouts.ts";

/** How long a polite close may take before Chromium is killed. */
const CLOSE_TIMEOUT = 5_000;

/**
 * A kept tab is closed and replaced after this many uses. A renderer that has shown
 * many contracts holds some memory a fresh document does not give back (fonts, style
 * caches); a new tab every hundred costs about 2 ms a contract and keeps a batch of
 * any size flat (issue 11: measured over 500 contracts in npm run bench).
 */
const RECYCLE_AFTER_USES = 100;

/** What a session needs: the built site to load pages from. */
export interface PdfSessionOptions {
  /** The built site (dist/); pages load from it over a local server, nothing else loads. */
  siteDir: string;
  /** Shorter or longer limits than PDF_TIMEOUTS (tests use short ones). */
  timeouts?: Partial<PdfTimeouts>;
}

/** A guarded tab of the built site. */
export interface SessionPage {
  page: Page;
  /** The local server's origin, without a trailing slash. */
  siteUrl: string;
  /** Requests the guard aborted during this use of the tab. */
  blocked: string[];
}

/** One Chromium and one local server of the built site, for any number of PDFs. */
export interface PdfSession {
  /** The limits every step of this session's renders runs under. */
  timeouts: PdfTimeouts;
  /** Runs `use` with a guarded tab (a kept one when free); `use` starts by navigating. */
  withPage<T>(use: (tab: SessionPage) => Promise<T>): Promise<T>;
  /** Closes Chromium and the server; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts a session; the caller closes it in `finally`. Chromium and the server start
 * side by side (the launch is most of a cold render). Throws how to install Chromium
 * when none is found.
 */
export async function openPdfSession(options: PdfSessionOptions): Promise<PdfSession> {
  const timeouts = { ...PDF_TIMEOUTS, ...options.timeouts };
  const [server, browser] = await Promise.allSettled([startStaticServer(options.siteDir), launchBrowser({ timeout: timeouts.launch })]);
  if (server.status === "rejected" || browser.status === "rejected") {
    await Promise.allSettled([
      server.status === "fulfilled" ? server.value.close() : undefined,
      browser.status === "fulfilled" ? browser.value.close() : undefined,
    ]);
    throw server.status === "rejected" ? server.reason : (browser as PromiseRejectedResult).reason;
  }
  return createSession(server.value, browser.value, timeouts);
}

function createSession(server: StaticServer, browser: Browser, timeouts: PdfTimeouts): PdfSession {
  let closing: Promise<void> | undefined;
  // Opening a tab costs 70-200 ms on a small machine, more than printing a contract,
  // so one tab is kept and reused. Each use starts by navigating, which gives it a
  // fresh document and script state; the pages never write storage or cookies.
  let idle: SessionPage | undefined;
  const uses = new WeakMap<SessionPage, number>();

  async function openTab(page?: Page): Promise<SessionPage> {
    const tab = page ?? (await browser.newPage());
    tab.setDefaultTimeout(timeouts.ready);
    tab.setDefaultNavigationTimeout(timeouts.load);
    return { page: tab, siteUrl: server.url, blocked: await guardRequests(tab, server.url) };
  }

  return {
    timeouts,
    async withPage(use) {
      let tab = idle;
      idle = undefined;
      tab ??= await openTab();
      let reusable = false;
      try {
        tab.blocked.length = 0;
        const result = await use(tab);
        uses.set(tab, (uses.get(tab) ?? 0) + 1);
        reusable = (uses.get(tab) ?? 0) < RECYCLE_AFTER_USES;
        return result;
      } finally {
        // A tab whose use failed (a timeout, a crash) is not trusted again; a well-used one is renewed.
        if (reusable && !idle && !closing) idle = tab;
        else await tab.page.close().catch(() => undefined);
      }
    },
    close() {
      closing ??= closeAll(browser, server);
      return closing;
    },
  };
}
/** Closes Chromium, killing it when a polite close does not finish, then the server. */
async function closeAll(browser: Browser, server: StaticServer): Promise<void> {
  const process = browser.process();
  try {
    await withTimeout(browser.close(), CLOSE_TIMEOUT, "closing Chromium").catch(() => undefined);
  } finally {
    if (process && process.exitCode === null && process.signalCode === null) process.kill("SIGKILL");
    await server.close();
  }
}
