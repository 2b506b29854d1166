import { accessSync, constants } from "node:fs";
import path from "node:path";

/** A Chromium to drive, and the headless mode it needs. */
export interface FoundChromium {
  executablePath: string;
  /**
   * "shell" for Chromium's headless shell, a small build made for automation that
   * launches and prints in about 0.3 s on a small machine, against 0.8 s for the full
   * browser's own headless mode (true), the fallback where only a full Chrome exists.
   */
  headless: "shell" | true;
}

/**
 * Where Debian, Ubuntu and other systems install Chromium or Chrome, the headless
 * shell first. Debian's /usr/bin/chromium-headless-shell is a shell script around the
 * binary in /usr/lib/chromium; the binary itself comes first, so that killing a hung
 * Chromium kills Chromium and not only the script.
 */
const CANDIDATES: FoundChromium[] = [
  { executablePath: "/usr/lib/chromium/chromium-headless-shell", headless: "shell" },
  { executablePath: "/usr/bin/chromium-headless-shell", headless: "shell" },
  { executablePath: "/usr/bin/chromium", headless: true },
  { executablePath: "/usr/bin/chromium-browser", headless: true },
  { executablePath: "/usr/bin/google-chrome-stable", headless: true },
  { executablePath: "/usr/bin/google-chrome", headless: true },
  { executablePath: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", headless: true },
];

const HOW_TO_INSTALL =
  "no Chromium found: run `npm run setup` (installs Debian's chromium-headless-shell with apt-get), " +
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

/** The headless mode an executable needs, from its name: the shell is named so by every distribution and by puppeteer. */
function modeOf(executablePath: string): FoundChromium["headless"] {
  return /headless[-_]shell/.test(path.basename(executablePath)) ? "shell" : true;
}

/**
 * What the Chromium is for: printing (the headless shell first: quickest to launch and
 * print), or a browser as a person has it, for what the shell leaves out or does
 * differently (installability, Lighthouse's view of a page, the service worker's life
 * in a real browser): the full Chromium in its new headless mode.
 */
export type ChromiumUse = "print" | "browse";

/**
 * The Chromium to drive: PUPPETEER_EXECUTABLE_PATH when set, else a system install
 * (for printing, the headless shell first), else the browser puppeteer downloaded
 * (`fallback`). Throws how to install one.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, fallback?: string, use: ChromiumUse = "print"): FoundChromium {
  const chosen = env.PUPPETEER_EXECUTABLE_PATH;
  if (chosen) {
    if (isExecutable(chosen)) return { executablePath: chosen, headless: modeOf(chosen) };
    throw new Error(`PUPPETEER_EXECUTABLE_PATH is "${chosen}", which is not an executable file; unset it, or ${HOW_TO_INSTALL.replace("no Chromium found: ", "")}`);
  }
  const candidates = use === "browse" ? CANDIDATES.filter((candidate) => candidate.headless !== "shell") : CANDIDATES;
  const found = candidates.find((candidate) => isExecutable(candidate.executablePath));
  if (found) return found;
  if (fallback && isExecutable(fallback)) return { executablePath: fallback, headless: modeOf(fallback) };
  throw new Error(HOW_TO_INSTALL);
}

/**
 * The system's Chromium, or else the one puppeteer downloaded. The full puppeteer
 * package (its downloader, its configuration files) loads only in that last case,
 * since it takes a tenth of a second a command should not wait for.
 */
export async function chooseChromium(env: NodeJS.ProcessEnv = process.env, use: ChromiumUse = "print"): Promise<FoundChromium> {
  try {
    return findChromium(env, undefined, use);
  } catch (error) {
    if (env.PUPPETEER_EXECUTABLE_PATH) throw error;
    const downloaded = await import("puppeteer").then(({ default: full }) => full.executablePath(), () => undefined);
    return findChromium(env, downloaded, use);
  }
}
