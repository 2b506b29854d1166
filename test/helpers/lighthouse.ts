import lighthouse, { type Flags, type Result } from "lighthouse";
import { launchBrowser } from "../../src/chromium/launch-browser.ts";

/** The categories the site must score 100 in on every page, whatever the machine's speed. */
export const STEADY_CATEGORIES = ["accessibility", "best-practices", "seo"] as const;

/**
 * Runs Lighthouse (its default config: the mobile preset, a Moto G Power on slow
 * 4G, simulated) on one URL, in a Chromium of its own, and returns its report.
 * `categories` limits the run; the cumulative layout shift is always measured.
 * A fresh Chromium each time: Lighthouse measures a first visit, and a service
 * worker left by an earlier run (the workbook and contract pages register one) makes
 * Chromium's trace lose the navigation (NO_NAVSTART).
 */
export async function runLighthouse(url: string, categories?: readonly string[]): Promise<Result> {
  // A run that fails (a trace not recorded) or an audit that errors (a gatherer timing
  // out on a busy machine, leaving its category without a score) says nothing of the
  // page, so Lighthouse runs again, up to three times. A score under 100 is never retried.
  let problem = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const browser = await launchBrowser({ use: "browse" });
    try {
      const flags: Flags = {
        port: Number(new URL(browser.wsEndpoint()).port),
        output: "json",
        logLevel: "error",
        ...(categories ? { onlyCategories: [...categories], onlyAudits: ["cumulative-layout-shift"] } : {}),
      };
      const lhr = (await lighthouse(url, flags))?.lhr;
      problem = !lhr ? "no report" : lhr.runtimeError ? `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : "";
      if (lhr && !problem && (erroredAudits(lhr).length === 0 || attempt === 2)) return lhr;
    } finally {
      await browser.close();
    }
  }
  throw new Error(`Lighthouse could not audit ${url}: ${problem}`);
}

/** Audits Lighthouse could not run, with why. */
function erroredAudits(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === "error")
    .map((audit) => `${audit.id}: could not run: ${audit.errorMessage ?? "no reason given"}`);
}

/** The audits that cost a category points, one line each, for a failing assertion's message. */
export function describeLosses(lhr: Result, category: string): string {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const audits = refs.map((ref) => ({ weight: ref.weight, audit: lhr.audits[ref.id]! }));
  return [
    ...audits
      .filter(({ weight, audit }) => weight > 0 && audit.score !== null && audit.score < 1)
      .map(({ audit }) => `${audit.id} (${audit.score}): ${audit.title}${audit.explanation ? `: ${audit.explanation}` : ""}`),
    ...erroredAudits(lhr).filter((line) => audits.some(({ audit }) => line.startsWith(`${audit.id}:`))),
  ].join("\n");
}
