import { PARTNERS, partnerName } from "../../contract/partners.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import type { ContractStore } from "../storage/contract-store.ts";
import { openText } from "../storage/open-saved-contract.ts";
import type { Confirmation } from "./confirm-dialog.ts";
import type { Announce } from "./live-region.ts";
import type { Notices } from "./notices.ts";
import type { Saving } from "./saving.ts";
import { exportFileName, saveFile } from "./save-file.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** Larger files are refused before reading: a full contract is a few tens of KB. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** What the file actions need from the page. */
export interface FilesOptions {
  schema: CompiledSchema;
  state: WorkbookState;
  store: ContractStore;
  saving: Saving;
  notices: Notices;
  announce: Announce;
  /** Asks a yes-or-no question; true only for yes. */
  confirm: (question: Confirmation) => Promise<boolean>;
  /** Puts answers into the form, replacing every answer it held. */
  load: (data: Record<string, unknown>) => void;
  describe: (error: FieldError) => string;
  /** Forgets the last check: no summary, no checking until asked again. */
  resetChecking: () => void;
  /** Offers text as a download (the page's own Blob download, by default). */
  saveFile?: (text: string, fileName: string) => void;
}

/** The toolbar's file actions. */
export interface Files {
  /** Saves the answers to a JSON file named after the partners and the day. */
  exportContract(): void;
  /** Opens a contract file in place of the answers, after the checks and, if there are answers, a yes. */
  importFile(file: File): Promise<void>;
  /** Removes every answer from the page and from this device, after a yes. */
  clearEverything(): Promise<void>;
}

/**
 * A file is the one copy of the contract a person truly owns (a browser may clear its
 * storage), so the workbook writes one, reads one back with the same strict checks
 * as storage, and never replaces or clears answers without asking first.
 */
export function createFiles(options: FilesOptions): Files {
  const { schema, state, saving, notices, announce, confirm } = options;
  const download = options.saveFile ?? saveFile;
  const exportContract = () => {
    // The file name carries the names the partners gave, not "Partner A".
    const names = PARTNERS.map((partner) => partnerName(state.data, partner)).filter((name) => !name.startsWith("Partner "));
    download(`${JSON.stringify({ ...state.data, schemaVersion: schema.version }, null, 2)}\n`, exportFileName(names, new Date()));
    announce("Your contract was saved to a file");
  };
  return {
    exportContract,
    async importFile(file) {
      const fail = (title: string, text: string, items: string[] = []) => notices.show({ id: "import", tone: "error", title, text, items });
      if (file.size > MAX_IMPORT_BYTES) {
        fail(`“${file.name}” was not opened`, "It is too large to be an Autonomy Contract. Your current answers are unchanged.");
        return;
      }
      const opened = openText(await file.text(), schema);
      if (opened.kind !== "loaded") {
        fail(
          `“${file.name}” was not opened`,
          `${opened.message} Your current answers are unchanged.`,
          (opened.errors ?? []).map((error) => `${error.path}: ${options.describe(error)}`),
        );
        return;
      }
      const hasAnswers = Object.keys(state.data).some((key) => key !== "schemaVersion");
      if (
        hasAnswers &&
        !(await confirm({
          title: "Replace your answers?",
          text: `Opening “${file.name}” replaces every answer in this workbook with the ones in the file. Save your current answers to a file first if you may want them back.`,
          confirmLabel: "Replace my answers",
        }))
      ) {
        announce("Nothing was changed");
        return;
      }
      options.load(opened.data);
      const saved = saving.save()?.ok === true;
      notices.show({
        id: "import",
        tone: "success",
        title: `Opened “${file.name}”`,
        text: [
          opened.migratedFrom ? "It was made with an older version of the workbook and has been brought up to date." : "",
          saved ? "Your answers are in the workbook and saved on this device." : "Your answers are in the workbook, but this page is not storing them: see the message above.",
        ]
          .filter(Boolean)
          .join(" "),
      });
    },
    async clearEverything() {
      const yes = await confirm({
        title: "Clear everything?",
        text: "This removes every answer and both signatures from this workbook and from this device. It cannot be undone. Save to a file first if you may want them back.",
        confirmLabel: "Clear everything",
      });
      if (!yes) return;
      saving.cancel();
      const result = options.store.remove();
      options.load({});
      state.unsaved = false;
      options.resetChecking();
      saving.status(
        result.ok ? "Everything was cleared from this device" : "Cleared from this page, but not from this device's storage",
        result.ok ? "ok" : "error",
      );
    },
  };
}
