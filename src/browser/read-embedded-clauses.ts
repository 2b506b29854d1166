import type { ClauseSet } from "../agreement/clause-file.ts";

/** The id of the JSON data block in which the build embeds the agreement's clauses. */
export const CLAUSES_ELEMENT_ID = "contract-clauses";

/**
 * Reads the agreement's clauses the build embedded in the page: the very files it
 * checked against the schema (src/agreement/load-clauses.ts), so the page writes
 * the same sentences as every other copy of the contract.
 */
export function readEmbeddedClauses(document: Document): ClauseSet {
  const element = document.getElementById(CLAUSES_ELEMENT_ID);
  if (!element?.textContent) throw new Error(`the page has no #${CLAUSES_ELEMENT_ID} data block`);
  const value: unknown = JSON.parse(element.textContent);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`#${CLAUSES_ELEMENT_ID} does not hold the clauses`);
  return value as ClauseSet;
}
