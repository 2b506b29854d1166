import { getAt, parsePath } from "../contract/field-path.ts";
import { DRAFT_OF, partnerNamePath, type Partner } from "../layout/contract-names.ts";
import type { PartnerDrafts } from "./merge-drafts.ts";

/** One opened draft file: what the person calls it (its file name) and its data, migrated and validated. */
export interface DraftFile {
  name: string;
  data: Record<string, unknown>;
}

/** The two drafts by whose they are, or why they cannot be brought together, naming the file. */
export type PairedDrafts =
  | { ok: true; drafts: PartnerDrafts; files: Record<Partner, string> }
  | { ok: false; file?: string; message: string };

/**
 * Says whose each of two draft files is, by the `draftOf` each carries (the files
 * may come in either order), or refuses in the person's words: a whole contract is
 * not a draft (which partner's answers it holds cannot be known), and two drafts of
 * the same partner leave the other's answers missing.
 */
export function pairDrafts(first: DraftFile, second: DraftFile): PairedDrafts {
  for (const file of [first, second]) {
    if (draftOf(file.data) === undefined) {
      return {
        ok: false,
        file: file.name,
        message: `“${file.name}” is a whole contract, not one partner’s draft, so whose answers it holds cannot be known. Each of you saves a draft with “Just my answers” in the workbook; bring those two together.`,
      };
    }
  }
  const [one, two] = [draftOf(first.data) as Partner, draftOf(second.data) as Partner];
  if (one === two) {
    // The name itself, not partners.ts's partnerName: this runs in the merge's own chunk, which imports only what no other script holds.
    const name = getAt(first.data, parsePath(partnerNamePath(one)));
    const label = typeof name === "string" && name.trim() ? name.trim() : `partner ${one.toUpperCase()}`;
    return {
      ok: false,
      file: second.name,
      message: `“${first.name}” and “${second.name}” are both ${label}’s draft. Choose one draft from each of you.`,
    };
  }
  const [a, b] = one === "a" ? [first, second] : [second, first];
  return { ok: true, drafts: { a: a.data, b: b.data }, files: { a: a.name, b: b.name } };
}

/** Whose draft a contract is, or undefined for a whole contract. */
export function draftOf(data: Record<string, unknown>): Partner | undefined {
  const whose = data[DRAFT_OF];
  return whose === "a" || whose === "b" ? whose : undefined;
}
