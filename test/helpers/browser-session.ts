import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";
import type { ChromiumUse } from "../../src/chromium/find-chromium.ts";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";
import { siteDir } from "./built-site.ts";

/** One Chromium and one local server of the built site, shared by a test file. */
export interface BrowserSession {
  server: StaticServer;
  /** Opens a fresh tab, runs `use` with it, and closes it whatever happens. */
  withPage<T>(use: (page: Page) => Promise<T>): Promise<T>;
}

async function openBrowserSession(dir: string, use: ChromiumUse): Promise<BrowserSession & { close(): Promise<void> }> {
  const server = await startStaticServer(dir);
  let browser: Browser;
  try {
    browser = await launchBrowser({ use });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    async withPage(use) {
      const page = await browser.newPage();
      try {
        return await use(page);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close().finally(() => server.close());
    },
  };
}

/**
 * Starts a session before a test file's tests and closes it after them; the
 * returned function gives the session to each test. `dir` gives the built site to
 * serve (by default the one the global setup built), asked for once the file's
 * earlier beforeAll hooks have run. `use`: the headless shell by default (the page
 * engine people's Chromium has, and quick to start); "browse" for what only the full
 * browser does (installability, Lighthouse's view of a page).
 */
export function useBrowserSession(dir: () => string = siteDir, use: ChromiumUse = "print"): () => BrowserSession {
  let session: Awaited<ReturnType<typeof openBrowserSession>> | undefined;
  beforeAll(async () => {
    session = await openBrowserSession(dir(), use);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error("the browser session has not started");
    return session;
  };
}
