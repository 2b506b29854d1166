import puppeteer, { type Browser } from "puppeteer-core";
import { CHROMIUM_ARGS } from "./chromium-args.ts";
import { chooseChromium, type ChromiumUse } from "./find-chromium.ts";

export { CHROMIUM_ARGS };

/**
 * Launches one headless Chromium (for printing, the headless shell when there is one;
 * to browse as a person does, the full Chromium); the caller closes it in `finally`.
 */
export async function launchBrowser(options: { timeout?: number; use?: ChromiumUse } = {}): Promise<Browser> {
  const chromium = await chooseChromium(process.env, options.use ?? "print");
  return puppeteer.launch({
    executablePath: chromium.executablePath,
    headless: chromium.headless,
    args: CHROMIUM_ARGS,
    timeout: options.timeout ?? 30_000,
  });
}
