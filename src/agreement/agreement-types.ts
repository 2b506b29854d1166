import type { Partner } from "../layout/contract-names.ts";

/**
 * A piece of a rendered clause: the clause's own words, or words a person typed (a
 * name, an answer), kept apart so a renderer inserts them through the one path that
 * turns typed text into nodes.
 */
export type Run = { kind: "words"; text: string } | { kind: "typed"; text: string; path: string };

/** One rendered clause: its number in the agreement ("3.2"), its sentences, and for a list clause its items. */
export interface AgreementClause {
  /** The clause file's id: "low-battery". */
  id: string;
  /** "3.2" in a numbered section; undefined in the preamble and the closing promise. */
  number?: string;
  runs: Run[];
  /** For a clause said for each partner: whose sentences it holds (a partner whose answers are missing has none). */
  partners?: Partner[];
  /** The items of a list clause, each one line. */
  items?: Run[][];
}

/** One numbered section of the agreement: a step of the guide, in sentences. */
export interface AgreementSection {
  /** The contract section's key ("spaceWords") and the workbook's fragment for it ("step-3"). */
  key: string;
  id: string;
  number: number;
  heading: string;
  clauses: AgreementClause[];
}

/** The agreement a couple reads: who and when, what they promise step by step, and the promise they close with. */
export interface Agreement {
  preamble: AgreementClause[];
  sections: AgreementSection[];
  closing: { heading: string; clauses: AgreementClause[] };
}

/** The text of some runs, as a reader sees it. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}

/** Every clause of an agreement as plain lines, in reading order: a clause's number and sentences, then one line per item. */
export function agreementLines(agreement: Agreement): string[] {
  const lines = (clause: AgreementClause) => [`${clause.number ? `${clause.number} ` : ""}${runsText(clause.runs)}`, ...(clause.items ?? []).map(runsText)];
  return [
    ...agreement.preamble.flatMap(lines),
    ...agreement.sections.flatMap((section) => [`${section.number}. ${section.heading}`, ...section.clauses.flatMap(lines)]),
    agreement.closing.heading,
    ...agreement.closing.clauses.flatMap(lines),
  ];
}
