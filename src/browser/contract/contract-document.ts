import type { SignatureCheck } from "../../contract/check-signatures.ts";
import { getAt } from "../../contract/field-path.ts";
import { PARTNER_LABELS, PARTNERS, partnerName, type Partner } from "../../contract/partners.ts";
import { groupFingerprint, signatureState, type SignatureState } from "../../contract/signature-state.ts";
import { hasPartners, listSections } from "../../fields/sections.ts";
import { isItemList } from "../../schema/list-leaves.ts";
import type { ObjectNode, SchemaNode } from "../../schema/schema-node.ts";
import { formatAnswer, formatDate } from "./format-answer.ts";

/** What the contract shows for one answer. */
export type Answer =
  | { kind: "text"; text: string }
  | { kind: "items"; items: Item[] }
  /** Shown as an empty ruled line, so a printed copy can still be filled in by hand. */
  | { kind: "missing"; optional: boolean };

/** One entry of a list: free text, or the answers of one item (a ritual). */
export type Item = { kind: "text"; text: string } | { kind: "fields"; fields: Field[] };

/** A question and its answer, at the dotted path of the answer in the contract. */
export interface Field {
  path: string;
  question: string;
  answer: Answer;
}

/** One question of a section: asked of the couple, asked of each partner, or a group of parts. */
export type Entry =
  | ({ kind: "shared" } & Field)
  | { kind: "paired"; question: string; paths: { a: string; b: string }; a: Answer; b: Answer }
  | { kind: "group"; path: string; question: string; fields: Field[] };

/** A part of the contract, in the schema's order. */
export interface DocumentSection {
  key: string;
  /** The workbook's fragment for it: `step-3`, `about-you`. */
  id: string;
  step?: number;
  /** "Step 1: Your battery packs", or the section's title when it is not a step. */
  heading: string;
  /** Who each column of per-partner answers belongs to. */
  columns: { a: string; b: string };
  entries: Entry[];
}

/** Whether a signature covers the contract as it stands, covers an earlier version, or was never given. */
export type SignatureStatus = SignatureState;

/** One partner's place to sign, and whether the signature covers what the contract says now. */
export interface SignatureView {
  partner: Partner;
  partnerName: string;
  status: SignatureStatus;
  statusText: string;
  method?: "Drawn" | "Typed";
  /** The name as the partner signed it. */
  signedName?: string;
  /** The date signed, written out. */
  date?: string;
  /** A drawn signature, on the 1000 × 300 grid. */
  strokes?: number[][][];
}

/** The signing block at the end of the contract. */
export interface Signing {
  heading: string;
  signatures: SignatureView[];
  witness: { title: string; name?: string; role?: string };
  /** The SHA-256 of the contract's answers, in full. */
  fingerprint: string;
  /** The fingerprint cut into groups of eight characters, for reading aloud and comparing. */
  fingerprintGroups: string[];
}

/** The filled contract as a document: everything the contract view shows, as plain data. */
export interface ContractDocument {
  /** "Autonomy Contract between Maya Okafor and Jonas Lind". */
  title: string;
  partners: { a: string; b: string };
  dates: { start?: string; review?: string };
  sections: DocumentSection[];
  signing?: Signing;
}


/** The section that holds the partners' names and the contract's dates. */
const COUPLE = "couple";
/** Answers the document's header shows, so their section does not repeat them. */
const HEADER_FIELDS = new Set(["couple.startDate", "couple.reviewDate"]);

const STATUS_TEXT: Record<SignatureStatus, string> = {
  signed: "Signed",
  outdated: "Signed an earlier version: needs signing again",
  unsigned: "Not signed yet",
};

/**
 * Lays a contract out as a document from the schema and the data: every question of
 * the schema in its order, answered or not (an unanswered question stays visible, as a
 * line to fill in, rather than disappearing from what a couple signs). `check` is
 * checkSignatures' verdict on the same data, which says whose signature still holds.
 */
export function contractDocument(tree: SchemaNode, data: Record<string, unknown>, check: SignatureCheck): ContractDocument {
  const partners = { a: partnerName(data, "a"), b: partnerName(data, "b") };
  const sections: DocumentSection[] = [];
  let signing: Signing | undefined;
  const required = new Set(tree.type === "object" ? (tree.required ?? []) : []);
  for (const section of listSections(tree)) {
    const value = data[section.key];
    if (isSigning(section.node)) {
      signing = signingOf(section.node, value, partners, check);
      continue;
    }
    sections.push({
      key: section.key,
      id: section.id,
      ...(section.step !== undefined ? { step: section.step } : {}),
      heading: section.step !== undefined ? `Step ${section.step}: ${section.node.title ?? section.key}` : (section.node.title ?? section.key),
      // The names are the answers of the couple's section, so its columns cannot be headed by them.
      columns: section.key === COUPLE ? { ...PARTNER_LABELS } : partners,
      entries: entriesOf(section.node, value, section.key, required.has(section.key)),
    });
  }
  const start = textAt(data, COUPLE, "startDate");
  const review = textAt(data, COUPLE, "reviewDate");
  return {
    title: `${tree.title ?? "Autonomy Contract"} between ${partners.a} and ${partners.b}`,
    partners,
    dates: { ...(start ? { start: formatDate(start) } : {}), ...(review ? { review: formatDate(review) } : {}) },
    sections,
    ...(signing ? { signing } : {}),
  };
}

function entriesOf(node: ObjectNode, value: unknown, path: string, required: boolean): Entry[] {
  const data = asObject(value);
  const names = new Set(node.required ?? []);
  const entries: Entry[] = [];
  if (hasPartners(node)) {
    const [a, b] = PARTNERS.map((partner) => ({
      node: node.properties[partner] as ObjectNode,
      value: data[partner],
      path: `${path}.${partner}`,
      required: required && names.has(partner),
    })) as [PartnerPart, PartnerPart];
    entries.push(...pairedEntries(a, b));
  }
  for (const [key, child] of Object.entries(node.properties)) {
    const childPath = `${path}.${key}`;
    if ((hasPartners(node) && (key === "a" || key === "b")) || HEADER_FIELDS.has(childPath)) continue;
    const childRequired = required && names.has(key);
    if (child.type === "object") {
      entries.push({ kind: "group", path: childPath, question: child.title ?? key, fields: fieldsOf(child, data[key], childPath, childRequired) });
    } else {
      entries.push({ kind: "shared", path: childPath, question: child.title ?? key, answer: answerOf(child, data[key], childRequired, childPath) });
    }
  }
  return entries;
}

interface PartnerPart {
  node: ObjectNode;
  value: unknown;
  path: string;
  required: boolean;
}

/** Each partner's answers to the same question, side by side; a group's parts are named "Group: part". */
function pairedEntries(a: PartnerPart, b: PartnerPart): Entry[] {
  const fieldsA = fieldsOf(a.node, a.value, a.path, a.required);
  const fieldsB = fieldsOf(b.node, b.value, b.path, b.required);
  return fieldsA.map((field, index) => {
    const other = fieldsB[index];
    return {
      kind: "paired",
      question: field.question,
      paths: { a: field.path, b: other?.path ?? field.path.replace(`${a.path}.`, `${b.path}.`) },
      a: field.answer,
      b: other?.answer ?? { kind: "missing", optional: !b.required },
    };
  });
}

/** The answers inside an object, with any object inside it flattened into "Title: part" questions. */
function fieldsOf(node: ObjectNode, value: unknown, path: string, required: boolean, prefix = ""): Field[] {
  const data = asObject(value);
  const names = new Set(node.required ?? []);
  return Object.entries(node.properties).flatMap(([key, child]): Field[] => {
    const childPath = `${path}.${key}`;
    const childRequired = required && names.has(key);
    const question = `${prefix}${child.title ?? key}`;
    if (child.type === "object") return fieldsOf(child, data[key], childPath, childRequired, `${question}: `);
    return [{ path: childPath, question, answer: answerOf(child, data[key], childRequired, childPath) }];
  });
}

function answerOf(node: SchemaNode, value: unknown, required: boolean, path: string): Answer {
  const missing: Answer = { kind: "missing", optional: !required };
  if (node.type === "array" && isItemList(node)) {
    const items = (Array.isArray(value) ? value : []).flatMap((item, index): Item[] => {
      if (node.items.type === "object") {
        return [{ kind: "fields", fields: fieldsOf(node.items, item, `${path}.${index}`, true) }];
      }
      const text = formatAnswer(node.items, item);
      return text === undefined ? [] : [{ kind: "text", text }];
    });
    return items.length ? { kind: "items", items } : missing;
  }
  const text = formatAnswer(node, value);
  return text === undefined ? missing : { kind: "text", text };
}

/** True for the section where each partner signs (its partners are signature widgets). */
function isSigning(node: ObjectNode): boolean {
  return hasPartners(node) && node.properties.a?.["x-widget"] === "signature";
}

function signingOf(node: ObjectNode, value: unknown, partners: Record<Partner, string>, check: SignatureCheck): Signing {
  const data = asObject(value);
  const witnessNode = node.properties.witness;
  const witness = asObject(data.witness);
  const witnessName = typeof witness.name === "string" && witness.name.trim() ? witness.name : undefined;
  const witnessRole = typeof witness.role === "string" && witness.role.trim() ? witness.role : undefined;
  return {
    heading: node.title ?? "Signatures",
    signatures: PARTNERS.map((partner) => signatureOf(partner, asObject(data[partner]), partners[partner], check)),
    witness: {
      title: witnessNode?.title ?? "Witness or therapist",
      ...(witnessName ? { name: witnessName } : {}),
      ...(witnessName && witnessRole ? { role: witnessRole } : {}),
    },
    fingerprint: check.fingerprint,
    fingerprintGroups: groupFingerprint(check.fingerprint).split(" "),
  };
}

function signatureOf(partner: Partner, signature: Record<string, unknown>, partnerName: string, check: SignatureCheck): SignatureView {
  const signed = typeof signature.fingerprint === "string" ? signature.fingerprint : undefined;
  const status: SignatureStatus = signatureState(signed, check.fingerprint);
  const view: SignatureView = { partner, partnerName, status, statusText: STATUS_TEXT[status] };
  // A signature that was never given shows a line to sign on, not the half-filled form.
  if (status === "unsigned") return view;
  if (signature.method === "Drawn" || signature.method === "Typed") view.method = signature.method;
  if (typeof signature.name === "string" && signature.name.trim()) view.signedName = signature.name;
  if (typeof signature.date === "string" && signature.date) view.date = formatDate(signature.date);
  const strokes = cleanStrokes(signature.strokes);
  if (view.method === "Drawn" && strokes.length) view.strokes = strokes;
  return view;
}

/**
 * The strokes of a drawn signature, keeping only points that are two numbers. Saved
 * drafts can open with answers that do not fit the schema, and a damaged drawing
 * should draw less, not draw garbage.
 */
function cleanStrokes(value: unknown): number[][][] {
  if (!Array.isArray(value)) return [];
  const isPoint = (point: unknown): point is number[] =>
    Array.isArray(point) && point.length === 2 && point.every((n) => typeof n === "number" && Number.isFinite(n));
  return value.flatMap((stroke) => {
    const points = Array.isArray(stroke) ? stroke.filter(isPoint) : [];
    return points.length ? [points] : [];
  });
}

function textAt(data: Record<string, unknown>, ...path: string[]): string | undefined {
  const node = getAt(data, path);
  return typeof node === "string" && node.trim() ? node : undefined;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
