import lighthouse, { type Flags, type Result } from "lighthouse";
import type { Browser } from "puppeteer";

/** The categories the site must score 100 in on every page, whatever the machine's speed. */
export const STEADY_CATEGORIES = ["accessibility", "best-practices", "seo"] as const;

/**
 * Runs Lighthouse (its default config: the mobile preset, a Moto G Power on slow
 * 4G, simulated) on one URL in an already running Chromium, and returns its report.
 * `categories` limits the run; the cumulative layout shift is always measured.
 */
export async function runLighthouse(browser: Browser, url: string, categories?: readonly string[]): Promise<Result> {
  const flags: Flags = {
    port: Number(new URL(browser.wsEndpoint()).port),
    output: "json",
    logLevel: "error",
    ...(categories ? { onlyCategories: [...categories], onlyAudits: ["cumulative-layout-shift"] } : {}),
  };
  const run = await lighthouse(url, flags);
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (run.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
  return run.lhr;
}

/** The audits that cost a category points, one line each, for a failing assertion's message. */
export function describeLosses(lhr: Result, category: string): string {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${audit.score}): ${audit.title}${audit.explanation ? `: ${audit.explanation}` : ""}`)
    .join("\n");
}
