import { getAt, parsePath } from "../../contract/field-path.ts";
import type { SignatureState } from "../../contract/signature-state.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import { PARTNERS, partnerOf, type Partner } from "../../layout/contract-names.ts";
import { sectionTurns } from "../../layout/section-turns.ts";
import type { Section } from "../../layout/layout-types.ts";
import { listSectionQuestions } from "../../layout/list-questions.ts";

/** Where a task stands, as the task list's tag says it. */
export type TaskState = "not-started" | "in-progress" | "complete" | "cannot-start" | "ready" | "signed-by-one" | "outdated";

/** A task's status: its state, the words of its tag, and a line of detail. */
export interface TaskStatus {
  state: TaskState;
  /** The tag: "Not started", "In progress", "Completed"… */
  text: string;
  /** What is left: "3 answers to go, 2 optional questions left"; may be empty. */
  detail: string;
}

/** How far a section is answered: the counts behind its status. */
export interface SectionCounts {
  /** Answers the contract needs, and how many of them are still empty. */
  required: number;
  requiredLeft: number;
  /** Answers the couple may leave out, and how many of them are empty. */
  optional: number;
  optionalLeft: number;
  /** Problems with what is there (an answer too long, a date that does not exist…). */
  problems: number;
  answered: number;
}

/**
 * Counts a section's answers: a list counts as one answer (given once it has an
 * item), what the page works out or records itself (the version, a fingerprint, a
 * drawing) is not asked, and in the signing section only what is not a signature
 * counts (the witness). Problems are the complete contract's errors under the
 * section that are not an empty required answer. With `partner`, the other partner's
 * questions are not counted (a person filling in their own answers alone).
 */
export function countSection(section: Section, data: Record<string, unknown>, errors: readonly FieldError[], partner?: Partner): SectionCounts {
  // Only a step with turns keeps one partner's questions from the other; both name the couple.
  const apart = partner !== undefined && sectionTurns(section).length > 0;
  const skip = (whose: Partner | undefined) => apart && whose !== undefined && whose !== partner;
  const units = new Map<string, boolean>();
  for (const { question, lists, signature, partner: whose } of listSectionQuestions(section)) {
    if (skip(whose)) continue;
    if (signature || question.answer === "computed" || question.answer === "drawing" || question.answer === "fixed") continue;
    const list = lists[0];
    units.set(list?.path ?? question.path, list ? list.required : question.required);
  }
  const counts: SectionCounts = { required: 0, requiredLeft: 0, optional: 0, optionalLeft: 0, problems: 0, answered: 0 };
  for (const [path, required] of units) {
    const value = getAt(data, parsePath(path));
    const answered = value !== undefined && !(Array.isArray(value) && value.length === 0);
    if (answered) counts.answered++;
    if (required) {
      counts.required++;
      if (!answered) counts.requiredLeft++;
    } else {
      counts.optional++;
      if (!answered) counts.optionalLeft++;
    }
  }
  const inSection = errors.filter((error) => isUnder(error.path, section.path) && !isSignaturePart(section, error.path) && !skip(partnerOf(error.path)));
  counts.problems = Math.max(0, inSection.length - counts.requiredLeft);
  return counts;
}

/**
 * A section's status: not started while nothing is answered, completed once every
 * required answer is there and fits (optional ones never hold it back: they are
 * counted apart), in progress in between.
 */
export function sectionStatus(counts: SectionCounts): TaskStatus {
  const optional = counts.optionalLeft ? plural(counts.optionalLeft, "optional question") + " left" : "";
  if (counts.requiredLeft === 0 && counts.problems === 0 && (counts.answered > 0 || counts.required === 0)) {
    return { state: "complete", text: "Completed", detail: optional };
  }
  if (counts.answered === 0) {
    const total = counts.required + counts.optional;
    return {
      state: "not-started",
      text: "Not started",
      detail: `${plural(total, "question")}${counts.optional ? `, ${counts.optional} of them optional` : ""}`,
    };
  }
  const toGo = [
    counts.requiredLeft ? plural(counts.requiredLeft, "answer") + " to go" : "",
    counts.problems ? `${counts.problems} to put right` : "",
    optional,
  ].filter(Boolean);
  return { state: "in-progress", text: "In progress", detail: toGo.join(", ") };
}

/** "Check your answers": open once every section is complete. */
export function checkStatus(sections: readonly TaskStatus[]): TaskStatus {
  const left = sections.filter((status) => status.state !== "complete").length;
  return left
    ? { state: "cannot-start", text: "Cannot start yet", detail: `Once every step is complete (${plural(left, "part")} to go)` }
    : { state: "ready", text: "Ready", detail: "Every answer by step, with a link to change it" };
}

/**
 * Signing: open once every section is complete; then whether each partner has
 * signed the contract as it is now.
 */
export function signingStatus(sections: readonly TaskStatus[], signatures: Readonly<Record<Partner, SignatureState>>, names: Readonly<Record<Partner, string>>): TaskStatus {
  if (sections.some((status) => status.state !== "complete")) {
    return { state: "cannot-start", text: "Cannot start yet", detail: "Once every step is complete" };
  }
  const states = PARTNERS.map((partner) => signatures[partner]);
  if (states.includes("outdated")) {
    const again = PARTNERS.filter((partner) => signatures[partner] === "outdated").map((partner) => names[partner]);
    return { state: "outdated", text: "Sign again", detail: `Answers changed after ${again.join(" and ")} signed` };
  }
  if (states.every((state) => state === "signed")) return { state: "complete", text: "Completed", detail: `Signed by ${PARTNERS.map((partner) => names[partner]).join(" and ")}` };
  const signed = PARTNERS.filter((partner) => signatures[partner] === "signed");
  if (signed.length) {
    const waiting = PARTNERS.filter((partner) => signatures[partner] !== "signed").map((partner) => names[partner]);
    return { state: "signed-by-one", text: "In progress", detail: `Signed by ${signed.map((partner) => names[partner]).join(" and ")}; waiting for ${waiting.join(" and ")}` };
  }
  return { state: "not-started", text: "Not started", detail: "You both sign, by drawing or typing your name" };
}

function isUnder(path: string, section: string): boolean {
  return path === section || path.startsWith(`${section}.`);
}

/** An error about a signature itself, which signing deals with, not the section's answers. */
function isSignaturePart(section: Section, path: string): boolean {
  return section.partners?.signature === true && PARTNERS.some((partner) => isUnder(path, section.partners!.paths[partner]));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
