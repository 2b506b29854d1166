import { localeOf } from "./locale-of.ts";

/**
 * Joins phrases the way the page's language joins a list, with Intl.ListFormat:
 * "time outdoors, reading and making something"; `or` for alternatives.
 */
export function joinList(items: readonly string[], language = "en", type: "and" | "or" = "and"): string {
  return new Intl.ListFormat(localeOf(language), { type: type === "and" ? "conjunction" : "disjunction" }).format(items);
}
