import type { Question } from "./layout-types.ts";

/**
 * True for a value the program keeps at the root of a contract (read-only: the
 * renewal chain, whose draft a file is): never asked, shown or counted as an answer,
 * it travels with the answers as the schema version does. A read-only value inside a
 * section (a signature's fingerprint) is shown where it stands.
 */
export function isCarried(question: Pick<Question, "answer" | "path">): boolean {
  return question.answer === "computed" && !question.path.includes(".");
}
