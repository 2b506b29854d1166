import { layoutContract } from "../../layout/layout-contract.ts";
import { readEmbeddedSchema } from "../read-embedded-schema.ts";
import { strokeLimits } from "../signature/stroke-limits.ts";
import { createContractStore } from "../storage/contract-store.ts";
import { createChecking } from "./checking.ts";
import { confirmAction, type Confirmation } from "./confirm-dialog.ts";
import { createFieldIndex } from "./field-index.ts";
import { createFiles } from "./files.ts";
import { watchDirectionControls } from "./direction-control-warning.ts";
import { createFormView } from "./form-view.ts";
import { keepFocusClearOfBar } from "./keep-focus-clear-of-bar.ts";
import { createListItems } from "./list-items.ts";
import { createLiveRegion } from "./live-region.ts";
import { createNotices } from "./notices.ts";
import { holdForOtherTabs } from "./other-tab-hold.ts";
import { restoreSavedContract } from "./restore-saved-contract.ts";
import { createSaving } from "./saving.ts";
import { startCanvases } from "./signatures.ts";
import { createSigning } from "./signing.ts";
import { createWorkbookState } from "./workbook-state.ts";
import { findWorkbookParts } from "./workbook-parts.ts";

/**
 * Runs the workbook: fills the form from this device's storage, saves as the person
 * types, validates with the schema's own words, imports and exports files, and signs.
 * Every answer lives in this page and this device's storage; nothing is sent.
 */
export function startWorkbook(document: Document): void {
  const schema = readEmbeddedSchema(document);
  const parts = findWorkbookParts(document);
  const { form, summary } = parts;
  const state = createWorkbookState();
  const store = createContractStore(() => window.localStorage, schema.version);
  const notices = createNotices(parts.notices);
  const announce = createLiveRegion(document);
  const lists = createListItems(form, announce, () => changed());
  const canvases = startCanvases(form, strokeLimits(layoutContract(schema)));

  // Storage trouble offers a file, and files save: the closure breaks the circle,
  // and runs only once the page has started.
  const saveToFile = () => files.exportContract();
  const saving = createSaving({ state, store, version: schema.version, status: parts.status, notices, saveToFile, window });
  const view = createFormView({ schema, state, form, index: createFieldIndex(schema), lists, canvases });
  const checking = createChecking({ schema, state, form, summary, notices });
  const signing = createSigning({ state, form, summary, checking, saving, refresh: view.refresh, announce });
  const { describe } = checking;
  const confirm = (question: Confirmation) => confirmAction(parts.dialog, question);
  const files = createFiles({ schema, state, store, saving, notices, announce, confirm, load: view.load, describe, resetChecking: checking.reset });

  /** Every change of an answer, typed, drawn or made by adding or removing a list item. */
  function changed(source?: Element) {
    signing.changed(source);
    view.refresh();
    saving.changed();
    checking.changed();
  }

  watchDirectionControls(form);
  form.addEventListener("input", (event) => changed(event.target as Element));
  form.addEventListener("change", (event) => changed(event.target as Element));
  // The form is never sent anywhere: submitting it checks the contract.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void checking.check();
  });
  form.addEventListener("focusout", (event) => checking.left(event.target as Element));
  form.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("[data-sign]");
    if (button) void signing.sign(button.dataset.sign as string);
  });
  parts.bar.addEventListener("click", (event) => {
    const action = (event.target as Element).closest<HTMLElement>("[data-action]")?.dataset.action;
    if (action === "check") void checking.check();
    if (action === "export") files.exportContract();
    if (action === "import") parts.importFile.click();
    if (action === "clear") void files.clearEverything();
  });
  parts.importFile.addEventListener("change", () => {
    const file = parts.importFile.files?.[0];
    parts.importFile.value = "";
    if (file) void files.importFile(file);
  });
  holdForOtherTabs({ state, store, saving, notices, window });

  restoreSavedContract({ schema, state, store, saving, notices, refresh: view.refresh, load: view.load, describe, flag: checking.flag, saveToFile });
  parts.needsScript?.remove();
  parts.bar.hidden = false;
  keepFocusClearOfBar(parts.bar);
}
