import { AxePuppeteer } from "@axe-core/puppeteer";
import type { AxeResults, Result } from "axe-core";
import type { Page } from "puppeteer";

/** WCAG 2.2 level A and AA, as axe-core tags them. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** How a page is seen: a phone and a desktop, each in light and dark mode. */
export const VIEWS = [
  { name: "phone, light", width: 390, height: 844, scheme: "light" },
  { name: "phone, dark", width: 390, height: 844, scheme: "dark" },
  { name: "desktop, light", width: 1280, height: 900, scheme: "light" },
  { name: "desktop, dark", width: 1280, height: 900, scheme: "dark" },
] as const;

/** Runs axe-core on the page as it is now, with the WCAG 2.2 AA rules. */
export function runAxe(page: Page): Promise<AxeResults> {
  return new AxePuppeteer(page).withTags(WCAG_22_AA).analyze();
}

/** One line per rule and one per offending element, for a failing assertion's message. */
export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(" ")}: ${node.failureSummary}`).join("\n")}`)
    .join("\n");
}
