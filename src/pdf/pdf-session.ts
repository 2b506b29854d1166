import type { Browser, Page } from "puppeteer-core";
import { startChromium, type StartedChromium } from "../chromium/start-chromium.ts";
import { startStaticServer, type StaticServer } from "../server/static-server.ts";
import { guardRequests } from "./guard-requests.ts";
import { loadPrintFonts } from "./load-print-fonts.ts";
import { PDF_TIMEOUTS, type PdfTimeouts } from "./pdf-timeouts.ts";

/** How long a polite close may take before Chromium is killed. */
const CLOSE_TIMEOUT = 5_000;

/**
 * A kept tab is closed and replaced after this many uses. Its renderer process grows
 * by about half a megabyte a contract shown in place (measured over 200: 100 MB to
 * 150 MB), and a closed tab's process ends and gives all of it back. A new tab every
 * fifty costs about 3 ms a contract and keeps a batch of any size flat (issue 11:
 * measured over 500 contracts in npm run bench, and over 200 in the tests).
 */
export const RECYCLE_AFTER_USES = 50;

/** What a session needs: the built site to load pages from. */
export interface PdfSessionOptions {
  /** The built site (dist/); pages load from it over a local server, nothing else loads. */
  siteDir: string;
  /** Shorter or longer limits than PDF_TIMEOUTS (tests use short ones). */
  timeouts?: Partial<PdfTimeouts>;
  /**
   * Tabs to open and load as soon as Chromium is up, while the caller does its own
   * work (checking a contract, building the site): a page of the site, and how many
   * tabs side by side (without a path, the tabs open empty: the site may not be
   * built yet). Uses take these tabs first.
   */
  preload?: { path?: string; tabs: number };
  /**
   * The path the site is built under ("/autonomy-contract/"), when the session starts
   * before the site is written: the server otherwise reads it from the site's manifest.
   */
  pathPrefix?: string;
}

/** A guarded tab of the built site. */
export interface SessionPage {
  page: Page;
  /** The local server's origin, without a trailing slash. */
  siteUrl: string;
  /** Requests the guard aborted since the tab opened or its last use ended. */
  blocked: string[];
}

/** One Chromium and one local server of the built site, for any number of PDFs. */
export interface PdfSession {
  /** The limits every step of this session's renders runs under. */
  timeouts: PdfTimeouts;
  /** Runs `use` with a guarded tab in print media (an idle one when there is one); uses may run side by side, each in its own tab. */
  withPage<T>(use: (tab: SessionPage) => Promise<T>): Promise<T>;
  /** The id of Chromium's browser process (its renderers are its descendants). */
  browserPid(): number | undefined;
  /** Closes Chromium and the server; safe to call twice. */
  close(): Promise<void>;
}

/** A tab the session keeps: ready once its preload has finished (or failed; a use then loads what it needs). */
interface KeptTab extends SessionPage {
  ready: Promise<void>;
  uses: number;
}

/**
 * Starts a session; the caller closes it in `finally`. Chromium is spawned at once,
 * before puppeteer has loaded, and the server starts beside it (the launch is most
 * of a cold render). Throws how to install Chromium when none is found.
 */
export async function openPdfSession(options: PdfSessionOptions): Promise<PdfSession> {
  const timeouts = { ...PDF_TIMEOUTS, ...options.timeouts };
  const chromium = startChromium({ timeout: timeouts.launch });
  const [server, browser] = await Promise.allSettled([startStaticServer(options.siteDir, 0, { pathPrefix: options.pathPrefix }), chromium.browser]);
  if (server.status === "rejected" || browser.status === "rejected") {
    await Promise.allSettled([server.status === "fulfilled" ? server.value.close() : undefined, chromium.close()]);
    throw server.status === "rejected" ? server.reason : (browser as PromiseRejectedResult).reason;
  }
  return createSession(server.value, chromium, browser.value, timeouts, options.preload);
}

function createSession(server: StaticServer, chromium: StartedChromium, browser: Browser, timeouts: PdfTimeouts, preload: PdfSessionOptions["preload"]): PdfSession {
  let closing: Promise<void> | undefined;
  // Opening a tab costs 40-200 ms on a small machine, more than printing a contract,
  // so tabs are kept and reused. Each use starts by navigating or by replacing the
  // page's whole content; the pages never write storage or cookies.
  const idle: KeptTab[] = [];

  async function openTab(page: Page, path?: string): Promise<KeptTab> {
    page.setDefaultTimeout(timeouts.ready);
    page.setDefaultNavigationTimeout(timeouts.load);
    const blocked = await guardRequests(page, server.url);
    // Paper from the start: the print stylesheet's fonts load with the page (and loadPrintFonts adds the rest once it is there).
    await page.emulateMediaType("print");
    const tab: KeptTab = { page, siteUrl: server.url, blocked, uses: 0, ready: Promise.resolve() };
    if (path !== undefined) {
      tab.ready = page
        .goto(`${server.url}${path}`, { waitUntil: "domcontentloaded", timeout: timeouts.load })
        .then(() => loadPrintFonts(page, timeouts.ready))
        .catch(() => undefined);
    }
    return tab;
  }

  // Chromium opens with one blank tab: it is the first to load, which saves opening one.
  let preloading: Promise<void> | undefined = preload
    ? (async () => {
        const [first] = await browser.pages();
        for (let index = 0; index < preload.tabs; index++) {
          const page = index === 0 && first ? first : await browser.newPage();
          idle.push(await openTab(page, preload.path));
        }
      })().catch(() => undefined)
    : undefined;

  return {
    timeouts,
    async withPage(use) {
      await preloading;
      preloading = undefined;
      // A new tab (one more side by side, or one renewed) loads the same page as the first ones.
      const tab = idle.shift() ?? (await openTab(await browser.newPage(), preload?.path));
      await tab.ready;
      let reusable = false;
      try {
        const result = await use(tab);
        tab.uses++;
        reusable = tab.uses < RECYCLE_AFTER_USES;
        return result;
      } finally {
        tab.blocked.length = 0;
        // A tab whose use failed (a timeout, a crash) is not trusted again; a well-used one is renewed.
        if (reusable && !closing) idle.push(tab);
        else await tab.page.close().catch(() => undefined);
      }
    },
    browserPid: () => chromium.pid(),
    close() {
      closing ??= Promise.allSettled([chromium.close(CLOSE_TIMEOUT), server.close()]).then(() => undefined);
      return closing;
    },
  };
}
