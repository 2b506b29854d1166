import { accessSync, constants } from "node:fs";

/** Where Debian, Ubuntu and other systems install Chromium or Chrome. */
const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

const HOW_TO_INSTALL =
  "no Chromium found: run `npm run setup` (installs Debian's chromium with apt-get), " +
  "or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium, " +
  "or let puppeteer fetch its own with `npx puppeteer browsers install chrome`";

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to drive: PUPPETEER_EXECUTABLE_PATH when set, else a system install,
 * else the browser puppeteer downloaded (`fallback`). Throws how to install one.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, fallback?: string): string {
  const chosen = env.PUPPETEER_EXECUTABLE_PATH;
  if (chosen) {
    if (isExecutable(chosen)) return chosen;
    throw new Error(`PUPPETEER_EXECUTABLE_PATH is "${chosen}", which is not an executable file; unset it, or ${HOW_TO_INSTALL.replace("no Chromium found: ", "")}`);
  }
  const found = [...CANDIDATES, ...(fallback ? [fallback] : [])].find(isExecutable);
  if (!found) throw new Error(HOW_TO_INSTALL);
  return found;
}
