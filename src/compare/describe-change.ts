import { formatAnswer } from "../browser/contract/format-answer.ts";
import type { Partner } from "../layout/contract-names.ts";
import type { Change } from "./list-changes.ts";

/** What a person reads for an answer that is not there. */
export const NOT_ANSWERED = "not answered";

/**
 * Where a change stands, as a person reads it: "Maya: “My rhythm”", "Ritual 2:
 * “How often”", "Jonas’s signature". The step it belongs to is the caller's heading.
 */
export function changeLabel(change: Pick<Change, "question" | "partner" | "item" | "signature">, names: Record<Partner, string>): string {
  const { question, partner, item, signature } = change;
  if (signature && partner) return `${names[partner]}’s signature`;
  const where = [partner ? names[partner] : "", item ? `${item.title} ${item.number}` : ""].filter(Boolean).join(", ");
  return `${where ? `${where}: ` : ""}“${question.title}”`;
}

/** One side of a change as text: the answer as the contract writes it, or "not answered". */
export function changeValue(change: Pick<Change, "question">, value: unknown, language = "en"): string {
  if (value === undefined) return NOT_ANSWERED;
  return formatAnswer(change.question.node, value, language) ?? (typeof value === "object" ? JSON.stringify(value) : String(value));
}

/** The step heading a change is listed under: "Step 2: Together time", or the part's own title. */
export function changeHeading(change: Pick<Change, "section">): string {
  const { section } = change;
  if (section === undefined) return "The contract";
  return section.step === undefined ? section.title : `Step ${section.step}: ${section.title}`;
}
