import type { SignatureCheck } from "../../contract/check-signatures.ts";
import { groupFingerprint, signatureState } from "../../contract/signature-state.ts";
import { versionCode } from "../../contract/version-code.ts";
import { PARTNERS, SIGNATURE_METHODS, SIGNATURE_PARTS, WITNESS, type Partner } from "../../layout/contract-names.ts";
import type { Group, Section } from "../../layout/layout-types.ts";
import type { Signing, SignatureStatus, SignatureView } from "./document-types.ts";
import { formatDate } from "../../contract/format-date.ts";

const STATUS_TEXT: Record<SignatureStatus, string> = {
  signed: "Signed",
  outdated: "Signed an earlier version: needs signing again",
  unsigned: "Not signed yet",
};

/** The signing block of a contract: each partner's signature as it stands against `check`, the witness, the fingerprint. */
export function documentSigning(section: Section, value: unknown, partners: Record<Partner, string>, check: SignatureCheck, language = "en"): Signing {
  const data = asObject(value);
  const witnessEntry = section.entries.find((entry): entry is Group => entry.kind === "group" && entry.key === WITNESS);
  const witness = asObject(data[WITNESS]);
  const witnessName = typeof witness.name === "string" && witness.name.trim() ? witness.name : undefined;
  const witnessRole = typeof witness.role === "string" && witness.role.trim() ? witness.role : undefined;
  return {
    heading: section.title,
    signatures: PARTNERS.map((partner) => signatureOf(partner, asObject(data[partner]), partners[partner], check, language)),
    witness: {
      title: witnessEntry?.title ?? "Witness or therapist",
      ...(witnessName ? { name: witnessName } : {}),
      ...(witnessName && witnessRole ? { role: witnessRole } : {}),
    },
    fingerprint: check.fingerprint,
    versionCode: versionCode(check.fingerprint),
    fingerprintGroups: groupFingerprint(check.fingerprint).split(" "),
  };
}

function signatureOf(partner: Partner, signature: Record<string, unknown>, partnerName: string, check: SignatureCheck, language: string): SignatureView {
  const signed = signature[SIGNATURE_PARTS.fingerprint];
  const status: SignatureStatus = signatureState(typeof signed === "string" ? signed : undefined, check.fingerprint);
  const view: SignatureView = { partner, partnerName, status, statusText: STATUS_TEXT[status] };
  // A signature that was never given shows a line to sign on, not the half-filled form.
  if (status === "unsigned") return view;
  const method = signature[SIGNATURE_PARTS.method];
  if (method === SIGNATURE_METHODS.drawn || method === SIGNATURE_METHODS.typed) view.method = method;
  const name = signature[SIGNATURE_PARTS.name];
  if (typeof name === "string" && name.trim()) view.signedName = name;
  const date = signature[SIGNATURE_PARTS.date];
  if (typeof date === "string" && date) view.date = formatDate(date, language);
  const strokes = cleanStrokes(signature[SIGNATURE_PARTS.strokes]);
  if (view.method === SIGNATURE_METHODS.drawn && strokes.length) view.strokes = strokes;
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

/** A value as an object of answers, or an empty one when it is anything else. */
export function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
