import puppeteer, { type Browser } from "puppeteer";
import { findChromium } from "./find-chromium.ts";

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

/** Launches one headless Chromium; the caller closes it in `finally`. */
export async function launchBrowser(options: { timeout?: number } = {}): Promise<Browser> {
  let fallback: string | undefined;
  try {
    fallback = puppeteer.executablePath();
  } catch {
    fallback = undefined;
  }
  return puppeteer.launch({
    executablePath: findChromium(process.env, fallback),
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: options.timeout ?? 30_000,
  });
}
