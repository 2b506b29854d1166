import type { Agreement } from "../../agreement/agreement-types.ts";
import type { Partner } from "../../layout/contract-names.ts";
import type { SignatureState } from "../../contract/signature-state.ts";

/** What the contract shows for one answer. */
export type Answer =
  | { kind: "text"; text: string }
  /** A list's items; `itemTitle` names one of them ("Ritual"), for "ritual 2". */
  | { kind: "items"; itemTitle: string; items: Item[] }
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
  | { kind: "paired"; question: string; paths: Record<Partner, string>; a: Answer; b: Answer }
  | { kind: "group"; path: string; question: string; fields: Field[] };

/** A part of the contract's schedule of answers, in the schema's order. */
export interface DocumentSection {
  key: string;
  /** The workbook's fragment for it: `step-3`, `about-you`. */
  id: string;
  step?: number;
  /** "Step 1: Your battery packs", or the section's title when it is not a step. */
  heading: string;
  /** Who each column of per-partner answers belongs to. */
  columns: Record<Partner, string>;
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
  /** The fingerprint of the contract's answers, in full: what each signature records. */
  fingerprint: string;
  /** The short version code of the fingerprint ("bf70 ae7f"), which people read and compare. */
  versionCode: string;
  /** The fingerprint cut into groups of eight characters, for the "for checking later" detail. */
  fingerprintGroups: string[];
}

/**
 * The filled contract as a document: everything the contract view shows, as plain
 * data. The agreement in sentences comes first, then the signing; the sections are
 * the schedule, every answer in full.
 */
export interface ContractDocument {
  /** "Autonomy Contract between Maya Okafor and Jonas Lind". */
  title: string;
  /** The contract's name, before the partners' ("Autonomy Contract"). */
  name: string;
  partners: Record<Partner, string>;
  dates: { start?: string; review?: string };
  agreement: Agreement;
  /** Every required answer is given: no clause is left out for want of one. */
  complete: boolean;
  /** The schedule: every question and answer, section by section. */
  sections: DocumentSection[];
  signing?: Signing;
  /** The renewal this contract is (version 2 and on): its version and the fingerprint of the version it renews. */
  renewal?: Renewal;
}

/** Where a renewed contract stands in its chain of versions. */
export interface Renewal {
  version: number;
  previousFingerprint: string;
}
