import type { Browser } from "puppeteer";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";
import { startStaticServer, type StaticServer } from "../../src/server/static-server.ts";

/** One Chromium and one local server of a built site, shared by a test file. */
export interface BrowserSession {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** Starts a session; the caller closes it in afterAll. */
export async function openBrowserSession(siteDir: string): Promise<BrowserSession> {
  const server = await startStaticServer(siteDir);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    async close() {
      await browser.close().finally(() => server.close());
    },
  };
}
