import puppeteer, { type Browser } from "puppeteer-core";
import { findChromium, type FoundChromium } from "./find-chromium.ts";

/**
 * Flags for headless Chromium here. The sandbox needs user namespaces a root shell or
 * container often lacks; the rest stop Chromium's own calls home, which a closed
 * network refuses (and which would be requests no user asked for).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Launches one headless Chromium, the headless shell when there is one; the caller closes it in `finally`. */
export async function launchBrowser(options: { timeout?: number } = {}): Promise<Browser> {
  const chromium = await chooseChromium();
  return puppeteer.launch({
    executablePath: chromium.executablePath,
    headless: chromium.headless,
    args: CHROMIUM_ARGS,
    timeout: options.timeout ?? 30_000,
  });
}

/**
 * The system's Chromium, or else the one puppeteer downloaded. puppeteer-core drives
 * it; the full puppeteer package (its downloader, its configuration files) loads
 * only in that last case, since it takes a tenth of a second a command should not wait for.
 */
async function chooseChromium(): Promise<FoundChromium> {
  try {
    return findChromium(process.env);
  } catch (error) {
    if (process.env.PUPPETEER_EXECUTABLE_PATH) throw error;
    const downloaded = await import("puppeteer").then(({ default: full }) => full.executablePath(), () => undefined);
    return findChromium(process.env, downloaded);
  }
}
