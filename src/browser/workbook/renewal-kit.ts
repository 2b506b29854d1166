import { checkSignatures } from "../../contract/check-signatures.ts";
import { parseContractJson } from "../../contract/parse-contract-json.ts";
import { PARTNERS } from "../../contract/partners.ts";
import { PREVIOUS_FINGERPRINT, SIGNATURE_PARTS, SIGNATURES } from "../../layout/contract-names.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import type { DeviceLock } from "../lock/device-lock.ts";
import { loadDifferenceMap } from "../map/load-difference-map.ts";
import { openValue } from "../storage/open-saved-contract.ts";
import { MAX_IMPORT_BYTES, MAX_PDF_BYTES } from "./file-limits.ts";
import type { ReadPdf } from "./read-pdf-file.ts";
import { holdsNothingGiven } from "./time-zone-select.ts";

/** The code renewal.ts shares with the rest of the workbook, handed to it when it loads. */
export interface RenewalKit {
  /** The workbook's layout, for the change list. */
  layout: ContractLayout;
  /** Where the signed version is kept, under the device's lock when one is set. */
  getStorage: () => Storage;
  lock: DeviceLock;
  checkSignatures: typeof checkSignatures;
  parseContractJson: typeof parseContractJson;
  openValue(value: Record<string, unknown>): ReturnType<typeof openValue>;
  holdsNothingGiven(data: Record<string, unknown>): boolean;
  /** Both partners have signed (whether the signatures still cover the answers is checkSignatures' question). */
  signedByBoth(data: Record<string, unknown>): boolean;
  /** The fingerprint a draft records of the version it renews. */
  previousFingerprintOf(data: Record<string, unknown>): unknown;
  /** The largest contract file and PDF the workbook opens, as "Open a file" does. */
  maxBytes: { json: number; pdf: number };
  /** The map of where the two differ, for these answers (its own chunk, as the check view loads it). */
  drawMap(data: Record<string, unknown>, language: string): Promise<HTMLElement>;
  /** Reads a PDF with the workbook's PDF reader, loaded only now. */
  readPdf(bytes: Uint8Array): Promise<ReadPdf>;
}

/**
 * The renewal's kit (issue 13, part 5): the shared code renewal.ts uses, bound to
 * this page's schema, layout, storage and lock. Built in the workbook's own script,
 * so the renewal imports none of it (see renewal.ts).
 */
export function renewalKit(schema: CompiledSchema, layout: ContractLayout, getStorage: () => Storage, lock: DeviceLock): RenewalKit {
  return {
    layout,
    getStorage,
    lock,
    checkSignatures,
    parseContractJson,
    openValue: (value) => openValue(value, schema),
    holdsNothingGiven: (data) => holdsNothingGiven(data),
    signedByBoth(data) {
      const signatures = data[SIGNATURES] as Record<string, Record<string, unknown> | undefined> | undefined;
      return PARTNERS.every((partner) => typeof signatures?.[partner]?.[SIGNATURE_PARTS.fingerprint] === "string");
    },
    previousFingerprintOf: (data) => data[PREVIOUS_FINGERPRINT],
    maxBytes: { json: MAX_IMPORT_BYTES, pdf: MAX_PDF_BYTES },
    drawMap: (data, language) => loadDifferenceMap(layout, data, { language, id: "renewal-map" }),
    readPdf: async (bytes) => (await import("./read-pdf-file.ts")).readPdfFile(bytes, schema),
  };
}
