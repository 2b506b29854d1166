import type { changeHeading, changeLabel, changeValue } from "../../compare/describe-change.ts";
import type { Change } from "../../compare/list-changes.ts";
import type { partnerName } from "../../contract/partners.ts";
import type { element } from "../element.ts";
import type { openText, openValue } from "../storage/open-saved-contract.ts";

/**
 * The shared code that bringing two drafts together uses and the workbook's own
 * script already holds, handed to the merge's chunk (loaded on demand) rather than
 * imported by it: each module imported by both would be split into one more file
 * that every visit loads, about 1 KB gzipped against the 40 KB budget (issue 13).
 */
export interface MergeKit {
  /** Every answer that differs between two drafts: listChanges over the workbook's layout. */
  listChanges: (a: Record<string, unknown>, b: Record<string, unknown>) => Change[];
  changeHeading: typeof changeHeading;
  changeLabel: typeof changeLabel;
  changeValue: typeof changeValue;
  element: typeof element;
  partnerName: typeof partnerName;
  /** Opens a file's text as "Open a file" does (openText over the workbook's schema). */
  openText: (text: string) => ReturnType<typeof openText>;
  /** Opens merged data as a draft whose answers may need changing (openValue, keeping them). */
  openValue: (value: Record<string, unknown>) => ReturnType<typeof openValue>;
  /** True when the workbook holds nothing a person wrote (time-zone-select.ts). */
  holdsNothingGiven: (data: Record<string, unknown>) => boolean;
  /** Larger files are refused before reading (files.ts's MAX_IMPORT_BYTES). */
  maxBytes: number;
}
