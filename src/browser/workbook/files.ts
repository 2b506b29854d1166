import type { AnswerActions } from "./answer-actions.ts";
import { PARTNERS, partnerName } from "../../contract/partners.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import type { ContractStore } from "../storage/contract-store.ts";
import { openText, openValue } from "../storage/open-saved-contract.ts";
import { exportFileName, saveFile } from "./save-file.ts";
import { holdsNothingGiven } from "./time-zone-select.ts";
import type { ReadPdf } from "./read-pdf-file.ts";

import { MAX_IMPORT_BYTES, MAX_PDF_BYTES } from "./file-limits.ts";

export { MAX_IMPORT_BYTES, MAX_PDF_BYTES };

/** How every PDF file starts (ISO 32000-1, 7.5.2). */
const PDF_SIGNATURE = "%PDF-";

/** What the file actions need from the page. */
export interface FilesOptions extends AnswerActions {
  schema: CompiledSchema;
  store: ContractStore;
  describe: (error: FieldError) => string;
  /** Forgets the last check: no summary, no checking until asked again. */
  resetChecking: () => void;
  /** Shows problems on their fields, and keeps checking every change from then on. */
  flag?: (errors: FieldError[]) => void;
  /** Reads a PDF: by default the PDF reader, loaded only now (read-pdf-file.ts). */
  readPdf?: (bytes: Uint8Array, schema: CompiledSchema) => Promise<ReadPdf>;
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
      const notOpened = `“${file.name}” was not opened`;
      const head = new Uint8Array(await file.slice(0, PDF_SIGNATURE.length).arrayBuffer());
      const isPdf = new TextDecoder().decode(head) === PDF_SIGNATURE;
      if (file.size > (isPdf ? MAX_PDF_BYTES : MAX_IMPORT_BYTES)) {
        fail(notOpened, "It is too large to be an Autonomy Contract. Your current answers are unchanged.");
        return;
      }
      let opened: ReturnType<typeof openText>;
      let fromWorkbook = false;
      if (isPdf) {
        announce("Reading the PDF");
        const readPdf = options.readPdf ?? (async (bytes, compiled) => (await import("./read-pdf-file.ts")).readPdfFile(bytes, compiled));
        const read = await readPdf(new Uint8Array(await file.arrayBuffer()), schema);
        if (read.kind === "refused") {
          fail(notOpened, `It is a PDF, but not a signed Autonomy Contract or a filled workbook from this site. ${read.message} Your current answers are unchanged.`);
          return;
        }
        fromWorkbook = read.kind === "workbook";
        // A filled workbook is a draft: what does not fit comes in anyway, its problems shown, so nothing typed is lost.
        opened = read.kind === "contract" ? openText(read.text, schema) : openValue(read.data, schema, { keepInvalidAnswers: true });
        if (fromWorkbook && opened.kind === "loaded" && countAnswers(opened.data) === 0) {
          fail(notOpened, "It is a workbook PDF with no answers typed into it yet. Your current answers are unchanged.");
          return;
        }
      } else {
        opened = openText(await file.text(), schema);
      }
      if (opened.kind !== "loaded") {
        fail(
          notOpened,
          `${opened.message} Your current answers are unchanged.`,
          (opened.errors ?? []).map((error) => `${error.path}: ${options.describe(error)}`),
        );
        return;
      }
      const hasAnswers = !holdsNothingGiven(state.data);
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
      if (opened.errors?.length) options.flag?.(opened.errors);
      const saved = (await saving.save())?.ok === true;
      const answers = countAnswers(opened.data);
      notices.show({
        id: "import",
        tone: opened.errors?.length ? "warning" : "success",
        title: `Opened “${file.name}”`,
        text: [
          fromWorkbook ? `${answers} ${answers === 1 ? "answer" : "answers"} came in from the filled workbook, as a draft. Signatures do not come from paper: you both sign here, when you agree.` : "",
          opened.errors?.length ? `${opened.errors.length} of them ${opened.errors.length === 1 ? "needs" : "need"} changing: see the list below, and the messages by each question.` : "",
          opened.migratedFrom ? "It was made with an older version of the workbook and has been brought up to date." : "",
          saved ? "Your answers are in the workbook and saved on this device." : "Your answers are in the workbook, but this page is not storing them: see the message above.",
        ]
          .filter(Boolean)
          .join(" "),
        items: (opened.errors ?? []).map((error) => options.describe(error)),
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

/** How many answers a contract holds: its values, each item of a list of choices counting once for the list. */
function countAnswers(data: Record<string, unknown>): number {
  let count = 0;
  const walk = (value: unknown, key: string) => {
    if (key === "schemaVersion") return;
    if (Array.isArray(value) && value.every((item) => typeof item !== "object")) count += value.length ? 1 : 0;
    else if (Array.isArray(value)) value.forEach((item) => walk(item, ""));
    else if (typeof value === "object" && value !== null) for (const [child, inner] of Object.entries(value)) walk(inner, child);
    else if (value !== undefined) count++;
  };
  walk(data, "");
  return count;
}
