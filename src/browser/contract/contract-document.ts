import type { ClauseSet } from "../../agreement/clause-file.ts";
import { renderAgreement } from "../../agreement/render-agreement.ts";
import type { SignatureCheck } from "../../contract/check-signatures.ts";
import { formatDate } from "../../contract/format-date.ts";
import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerNames } from "../../contract/partners.ts";
import { COUPLE, PARTNERS, PREVIOUS_FINGERPRINT, REVIEW_DATE, RITUAL_PARTS, START_DATE, TOGETHER } from "../../layout/contract-names.ts";
import { contractVersionOf } from "../../contract/renewal-chain.ts";
import { ritualPartApplies } from "../../contract/ritual-schedule.ts";
import { pairsOf, sharedEntries } from "../../layout/find-entry.ts";
import type { ContractLayout, List, PartnerEntry, Question, Section } from "../../layout/layout-types.ts";
import { documentSigning } from "./document-signing.ts";
import type { Answer, ContractDocument, DocumentSection, Entry, Field, Item, Renewal, Signing } from "./document-types.ts";
import { formatAnswer } from "./format-answer.ts";

export type { Answer, ContractDocument, DocumentSection, Entry, Field, Item, Signing, SignatureStatus, SignatureView } from "./document-types.ts";

/** What a contract document is made from besides the data. */
export interface DocumentSources {
  layout: ContractLayout;
  /** The agreement's clauses, as the build checked them. */
  clauses: ClauseSet;
  /** The page's language (`<html lang>`), for dates, times, numbers and lists. */
  language?: string;
}

/**
 * Lays a contract out as a document from the contract's layout, its clauses and the
 * data: the agreement in sentences, then every question in its order, answered or
 * not (an unanswered question stays visible in the schedule, as a line to fill in,
 * rather than disappearing from what a couple signs). `check` is checkSignatures'
 * verdict on the same data, which says whose signature still holds.
 */
export function contractDocument({ layout, clauses, language = "en" }: DocumentSources, data: Record<string, unknown>, check: SignatureCheck): ContractDocument {
  const partners = partnerNames(data);
  const sections: DocumentSection[] = [];
  let signing: Signing | undefined;
  for (const section of layout.sections) {
    if (section.partners?.signature) {
      signing = documentSigning(section, data[section.key], partners, check, language);
      continue;
    }
    sections.push({
      key: section.key,
      id: section.id,
      ...(section.step !== undefined ? { step: section.step } : {}),
      heading: section.step !== undefined ? `Step ${section.step}: ${section.title}` : section.title,
      columns: partners,
      entries: entriesOf(section, data, language),
    });
  }
  const start = textAt(data, `${COUPLE}.${START_DATE}`);
  const review = textAt(data, `${COUPLE}.${REVIEW_DATE}`);
  return {
    title: `${layout.title} between ${partners.a} and ${partners.b}`,
    name: layout.title,
    partners,
    dates: { ...(start ? { start: formatDate(start, language) } : {}), ...(review ? { review: formatDate(review, language) } : {}) },
    agreement: renderAgreement(layout, clauses, data, language),
    complete: sections.every((section) => section.entries.every((entry) => !answersOf(entry).some(isRequiredMissing))),
    sections,
    ...(signing ? { signing } : {}),
    ...renewalOf(data),
  };
}

/** The entries of a section: each question asked of both partners side by side, then what the two answer together. */
function entriesOf(section: Section, data: Record<string, unknown>, language: string): Entry[] {
  const entries: Entry[] = [];
  for (const pair of pairsOf(section)) {
    // A pair of groups gives one paired entry per part ("Title: part").
    const [a, b] = PARTNERS.map((partner) => fieldsOf(pair.partners[partner], data, language)) as [Field[], Field[]];
    a.forEach((field, index) => {
      const other = b[index] as Field;
      entries.push({ kind: "paired", question: field.question, paths: { a: field.path, b: other.path }, a: field.answer, b: other.answer });
    });
  }
  for (const entry of sharedEntries(section)) {
    if (entry.kind === "group") entries.push({ kind: "group", path: entry.path, question: entry.title, fields: fieldsOf(entry, data, language) });
    else entries.push({ kind: "shared", path: entry.path, question: entry.title, answer: answerOf(entry, data, entry.path, language) });
  }
  return entries;
}

/**
 * The answers of an entry as fields: one for a question or a list, and for a group
 * one per part, a part of a group inside it named "Group: part". `at` is where the
 * entry's answers are in the data: its path, with list items numbered.
 */
function fieldsOf(entry: PartnerEntry, data: Record<string, unknown>, language: string, at = entry.path, prefix = ""): Field[] {
  if (entry.kind !== "group") return [{ path: at, question: `${prefix}${entry.title}`, answer: answerOf(entry, data, at, language) }];
  const inner = `${prefix}${entry.title}: `;
  return entry.entries.flatMap((part) => {
    if (part.kind !== "pair") return fieldsOf(part, data, language, `${at}.${part.key}`, inner);
    return PARTNERS.flatMap((partner) => {
      const child = part.partners[partner];
      // A partner's part that is one answer has the partner's key as its own.
      return fieldsOf(child, data, language, child.key === partner ? `${at}.${partner}` : `${at}.${partner}.${child.key}`, inner);
    });
  });
}

function answerOf(entry: Question | List, data: Record<string, unknown>, at: string, language: string): Answer {
  const value = getAt(data, parsePath(at));
  const missing: Answer = { kind: "missing", optional: !entry.required };
  if (entry.kind === "list") {
    const rituals = entry.path === `${TOGETHER.section}.${TOGETHER.list}`;
    const items = (Array.isArray(value) ? value : []).flatMap((item, index): Item[] => {
      if (!entry.scalar) {
        const parts = entry.item.filter((part) => part.kind !== "pair" && (!rituals || shownForRitual(item, part.key)));
        return [{ kind: "fields", fields: parts.flatMap((part) => (part.kind === "pair" ? [] : fieldsOf(part, data, language, `${at}.${index}.${part.key}`))) }];
      }
      const text = formatAnswer((entry.item[0] as Question).node, item, language);
      return text === undefined ? [] : [{ kind: "text", text }];
    });
    return items.length ? { kind: "items", itemTitle: entry.itemTitle, items } : missing;
  }
  const text = formatAnswer(entry.node, value, language);
  return text === undefined ? missing : { kind: "text", text };
}

/** Every answer of an entry, those inside list items included. */
function answersOf(entry: Entry): Answer[] {
  const ofFields = (fields: Field[]): Answer[] => fields.flatMap((field) => [field.answer, ...itemAnswers(field.answer)]);
  const itemAnswers = (answer: Answer): Answer[] => (answer.kind === "items" ? answer.items.flatMap((item) => (item.kind === "fields" ? ofFields(item.fields) : [])) : []);
  if (entry.kind === "paired") return [entry.a, entry.b, ...itemAnswers(entry.a), ...itemAnswers(entry.b)];
  if (entry.kind === "shared") return [entry.answer, ...itemAnswers(entry.answer)];
  return ofFields(entry.fields);
}

/**
 * A ritual shows the answers its "How often" asks for: a weekly one no "Day of the
 * month: not answered". An answer given all the same is shown, so nothing written is
 * hidden.
 */
function shownForRitual(item: unknown, part: string): boolean {
  const value = getAt(item, [part]);
  const given = value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);
  return given || ritualPartApplies(getAt(item, [RITUAL_PARTS.frequency]), part);
}

function isRequiredMissing(answer: Answer): boolean {
  return answer.kind === "missing" && !answer.optional;
}

function textAt(data: Record<string, unknown>, path: string): string | undefined {
  const node = getAt(data, parsePath(path));
  return typeof node === "string" && node.trim() ? node : undefined;
}

/** The renewal a contract records: a version above 1 with the fingerprint of the one before. */
function renewalOf(data: Record<string, unknown>): { renewal?: Renewal } {
  const version = contractVersionOf(data);
  const previousFingerprint = data[PREVIOUS_FINGERPRINT];
  return version > 1 && typeof previousFingerprint === "string" ? { renewal: { version, previousFingerprint } } : {};
}
