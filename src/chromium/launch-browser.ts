import puppeteer, { type Browser } from "puppeteer-core";
import { CHROMIUM_ARGS } from "./chromium-args.ts";
import { chooseChromium } from "./find-chromium.ts";

export { CHROMIUM_ARGS };

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
