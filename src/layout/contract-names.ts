/**
 * The names the contract's shape gives meaning to, in one place. The schema defines
 * every question; these few keys are what the program itself relies on: which
 * answers belong to which partner, where the couple's names and dates are, and what
 * a signature holds. A view that needs one of them imports it from here, so a change
 * to the schema's shape is made in one place.
 */

/** The two partners: every answer asked of each partner sits under these keys. */
export type Partner = "a" | "b";
export const PARTNERS: readonly Partner[] = ["a", "b"];

/** How a partner is called until they give their name. */
export const PARTNER_LABELS: Readonly<Record<Partner, string>> = { a: "Partner A", b: "Partner B" };

/** The root's version number, which migrations read. */
export const VERSION_KEY = "schemaVersion";

/** The section that says who the two partners are and when the contract runs. */
export const COUPLE = "couple";
/** Inside each partner's part of the couple section. */
export const PARTNER_NAME = "name";
export const PARTNER_PRONOUNS = "pronouns";
/** The couple section's dates, which a contract's header shows. */
export const START_DATE = "startDate";
export const REVIEW_DATE = "reviewDate";
export const HEADER_FIELDS: readonly string[] = [`${COUPLE}.${START_DATE}`, `${COUPLE}.${REVIEW_DATE}`];

/** The section where each partner signs. */
export const SIGNATURES = "signatures";
/** The optional witness or therapist in the signing section. */
export const WITNESS = "witness";
/** The parts of one signature (an object with `x-widget: "signature"`). */
export const SIGNATURE_PARTS = {
  method: "method",
  name: "name",
  date: "date",
  strokes: "strokes",
  fingerprint: "fingerprint",
} as const;
/** The two ways of signing, as the schema's method choices spell them. */
export const SIGNATURE_METHODS = { drawn: "Drawn", typed: "Typed" } as const;

/** The fragments of the sections that are not guide steps (`/workbook/#about-you`). */
export const SECTION_IDS: Readonly<Record<string, string>> = { [COUPLE]: "about-you", [SIGNATURES]: "signing" };

/**
 * The partner whose answer a dotted path is (`batteryPack.b.rhythm` → "b"), or
 * undefined for a shared answer. The schema checker only lets "a" and "b" appear as
 * a pair of partner keys, so the first of them on the path is the partner.
 */
export function partnerOf(path: string | readonly (string | number)[]): Partner | undefined {
  const keys = typeof path === "string" ? path.split(".") : path;
  return keys.find((key): key is Partner => key === "a" || key === "b");
}

/** The same answer for the other partner: `batteryPack.a.rhythm` → `batteryPack.b.rhythm`. */
export function otherPartnerPath(path: string): string {
  const keys = path.split(".");
  const at = keys.findIndex((key) => key === "a" || key === "b");
  if (at === -1) return path;
  keys[at] = keys[at] === "a" ? "b" : "a";
  return keys.join(".");
}

/** Where a partner's name is: `couple.a.name`. */
export function partnerNamePath(partner: Partner): string {
  return `${COUPLE}.${partner}.${PARTNER_NAME}`;
}

/** Where a partner's signature is: `signatures.a`. */
export function signaturePath(partner: Partner): string {
  return `${SIGNATURES}.${partner}`;
}

/** The couple's time zone (`couple.timeZone`), in which every time of the contract is kept. */
export const TIME_ZONE = "timeZone";

/** The renewal chain at the root: this contract's version, and the fingerprint of the one it renews. */
export const CONTRACT_VERSION = "contractVersion";
export const PREVIOUS_FINGERPRINT = "previousFingerprint";
/** The start date of the couple's first contract, carried by each renewal: the calendar's events keep their identity across renewals. */
export const FIRST_START_DATE = "firstStartDate";

/** A partner's own draft says whose it is (`draftOf: "a"`), until the two drafts are merged. */
export const DRAFT_OF = "draftOf";

/** Where the rituals and the daily and weekly moments are, and the parts of a ritual (schema version 3). */
export const TOGETHER = {
  section: "rituals",
  list: "list",
  micro: "microConnection",
  checkIn: "checkIn",
} as const;
export const RITUAL_PARTS = {
  name: "name",
  frequency: "frequency",
  days: "days",
  dayOfMonth: "dayOfMonth",
  start: "start",
  minutes: "minutes",
  note: "note",
} as const;

/** Where each partner's alone time is asked (step 1): hours a week, rhythm, and what recharges them. */
export const BATTERY = {
  section: "batteryPack",
  hours: "hoursPerWeek",
  rhythm: "rhythm",
  restoring: "restoringActivities",
  otherRestoring: "otherActivities",
} as const;

/** Where each partner says how soon they come back after asking for space, and how long they can wait for the other. */
export const SPACE = { section: "spaceWords", backWithin: "backWithin", canWait: "canWait" } as const;

/** Each partner's weekly personal block (`individualWorlds.a.blockDay`). */
export const OWN_TIME = { section: "individualWorlds", day: "blockDay", time: "blockTime", hours: "blockHours" } as const;

/** The parts of the daily moment and of the weekly check-in that say when they happen. */
export const MOMENT_PARTS = { time: "time", minutes: "minutes" } as const;
export const CHECK_IN_PARTS = { day: "day", time: "time", minutes: "minutes" } as const;
