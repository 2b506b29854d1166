import { checkSignatures } from "../../contract/check-signatures.ts";
import { changeHeading, changeLabel, changeValue } from "../../compare/describe-change.ts";
import { listChanges } from "../../compare/list-changes.ts";
import { partnerName, partnerNames } from "../../contract/partners.ts";
import { element } from "../element.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { PREVIOUS_FINGERPRINT } from "../../layout/contract-names.ts";
import { readEmbeddedSchema } from "../read-embedded-schema.ts";
import { strokeLimits } from "../signature/stroke-limits.ts";
import { createDeviceLock } from "../lock/device-lock.ts";
import { createSealedStore } from "../lock/sealed-store.ts";
import { startWorkbookSafety, type WorkbookSafety } from "../lock/workbook-safety.ts";
import { createContractStore } from "../storage/contract-store.ts";
import { openText, openValue } from "../storage/open-saved-contract.ts";
import { watchCharacterCounts } from "./char-count.ts";
import type { CheckView } from "./check-view.ts";
import { startDraftMode, type DraftMode } from "./draft-mode.ts";
import { createChecking } from "./checking.ts";
import { confirmAction, type Confirmation } from "./confirm-dialog.ts";
import { watchDateInputs } from "./date-inputs.ts";
import { watchDirectionControls } from "./watch-direction-controls.ts";
import { hideErrorSummary } from "./error-summary.ts";
import { createFieldIndex } from "./field-index.ts";
import { MAX_IMPORT_BYTES } from "./file-limits.ts";
import type { Files } from "./files.ts";
import { createFormView } from "./form-view.ts";
import { keepFocusClearOfBar } from "./keep-focus-clear-of-bar.ts";
import { watchItemSummaries } from "./list-item-summaries.ts";
import { createListItems } from "./list-items.ts";
import { createLiveRegion } from "./live-region.ts";
import { createNotices } from "./notices.ts";
import { holdForOtherTabs } from "./other-tab-hold.ts";
import type { ReadyView } from "./ready-view.ts";
import type { Renewal } from "./renewal.ts";
import { renewalKit } from "./renewal-kit.ts";
import { restoreSavedContract } from "./restore-saved-contract.ts";
import { holdsNothingGiven, preselectTimeZones } from "./time-zone-select.ts";
import { createSaving } from "./saving.ts";
import { startCanvases } from "./signatures.ts";
import { createSigning } from "./signing.ts";
import { createTaskList } from "./task-list.ts";
import { createViewRouter } from "./view-router.ts";
import { startWorkbookBar } from "./workbook-bar.ts";
import { createWorkbookState } from "./workbook-state.ts";
import { findWorkbookParts } from "./workbook-parts.ts";
import { VIEWS } from "./workbook-stops.ts";

/**
 * Runs the workbook: fills the form from this device's storage, shows one view at a
 * time (the task list, a step or a partner's turn of it, check your answers, signing,
 * your contract is ready), saves as the person types, validates with the schema's
 * own words, imports and exports files, and signs. Every answer lives in this page
 * and this device's storage; nothing is sent.
 */
export function startWorkbook(document: Document): void {
  const schema = readEmbeddedSchema(document);
  const layout = layoutContract(schema);
  const parts = findWorkbookParts(document);
  const { form, summary } = parts;
  const state = createWorkbookState();
  // With a passphrase set, what is stored is sealed under the plain store (issue 15, src/browser/lock/).
  const lock = createDeviceLock(() => window.localStorage);
  const store = createSealedStore(createContractStore(() => window.localStorage, schema.version), lock);
  const notices = createNotices(parts.notices);
  const announce = createLiveRegion(document);
  const lists = createListItems(form, announce, () => changed());
  const canvases = startCanvases(form, strokeLimits(layout));
  const dates = watchDateInputs(form);
  const counts = watchCharacterCounts(form);
  const summaries = watchItemSummaries(form);

  // Storage trouble offers a file, and files save: the closure breaks the circle,
  // and runs only once the page has started.
  let safety: WorkbookSafety | undefined;
  let draftMode: DraftMode | undefined;
  let merging: Promise<void> | undefined;
  let openMerge = (): Promise<void> | undefined => undefined;
  const saveToFile = () => safety?.saveCopy();
  const saving = createSaving({ state, store, version: schema.version, status: parts.status, notices, saveToFile, window });
  const open = (id: string) => router.go(id);
  const tasks = createTaskList(parts.page, layout);
  const signingId = layout.sections.find((section) => section.role === "signing")?.id;
  const checking = createChecking({ schema, state, form, summary, open });
  const view = createFormView({
    state, form, page: parts.page, index: createFieldIndex(schema), lists, canvases, tasks, errors: checking.errors,
    afterLoad: () => {
      dates.refresh();
      counts.refresh();
      summaries.collapseAll();
    },
    afterRefresh: () => {
      router.refresh();
      draftMode?.sync();
    },
  });
  let checkView: Promise<CheckView> | undefined;
  const loadCheckView = () =>
    (checkView ??= import("./off-the-way.ts").then(({ createCheckView }) =>
      createCheckView({ layout, state, view: parts.checkView, errors: checking.errors, showProblems: (errors) => checking.showProblems(errors) }),
    ));
  let readyView: Promise<ReadyView> | undefined;
  const loadReadyView = () => (readyView ??= import("./off-the-way.ts").then(({ createReadyView }) => createReadyView({ state, view: parts.readyView, errors: checking.errors })));
  const router = createViewRouter({
    document, window, layout, names: () => partnerNames(state.data),
    onLeave: () => hideErrorSummary(summary),
    reveal: summaries.reveal,
    async onShow(shown, focus) {
      // One partner's own answers are checked and signed once the two drafts are together: their way ends at the draft.
      if (draftMode?.partner() && (shown === VIEWS.check || shown === VIEWS.ready || shown === signingId)) {
        router.go(VIEWS.draft);
        return true;
      }
      if (shown === VIEWS.check) {
        (await loadCheckView()).show(focus);
        // Only a renewal has changes to list: its code is loaded once one is under way.
        if (renewal || typeof state.data[PREVIOUS_FINGERPRINT] === "string") await (await loadRenewal()).showInCheck();
      } else if (shown === VIEWS.merge) void openMerge();
      else if (shown === VIEWS.ready) await (await loadReadyView()).show(focus);
      else if (shown === VIEWS.renew) await (await loadRenewal()).show();
      return shown === VIEWS.check || shown === VIEWS.ready;
    },
  });
  // Once the second signature covers a complete contract, the workbook says it is ready.
  const onSigned = async () => {
    if (checking.errors().length === 0 && (await checkSignatures(state.data)).errors.length === 0) router.go(VIEWS.ready);
  };
  const signing = createSigning({ state, form, summary, checking, saving, refresh: view.refresh, announce, onSigned: () => void onSigned() });
  const confirm = (question: Confirmation) => confirmAction(parts.dialog, question);
  // Issue 13: one partner's own answers, and two drafts brought together.
  draftMode = startDraftMode({ page: parts.page, form, state, router, tasks, announce, version: schema.version });
  // Renewal (issue 13, part 5) is a chunk of its own, loaded when its view opens; the code it shares comes in its kit.
  let renewal: Promise<Renewal> | undefined;
  const loadRenewal = () =>
    (renewal ??= import("./off-the-way.ts").then(({ createRenewal }) =>
      createRenewal({ document, kit: renewalKit(schema, layout, () => window.localStorage, lock), state, saving, notices, announce, confirm, load: view.load, go: open }),
    ));
  // Opening and saving files is loaded on first use, with the other parts off the way through the steps.
  let files: Promise<Files> | undefined;
  const loadFiles = () =>
    (files ??= import("./off-the-way.ts").then(({ createFiles }) =>
      createFiles({ schema, state, store, saving, notices, announce, confirm, load: view.load, describe: checking.describe, resetChecking: checking.reset, flag: checking.flag }),
    ));

  /** Every change of an answer, typed, drawn or made by adding or removing a list item. */
  function changed(source?: Element) {
    signing.changed(source);
    view.refresh();
    counts.refresh();
    saving.changed();
    checking.changed();
    safety?.changed();
  }

  watchDirectionControls(form);
  form.addEventListener("input", (event) => changed(event.target as Element));
  form.addEventListener("change", (event) => changed(event.target as Element));
  // The form is never sent anywhere: "Continue", its submit button, goes to the next view.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = (event.submitter as HTMLElement | null)?.dataset.href;
    if (next) router.go(next.slice(1));
  });
  // Enter in an answer stays there: implicit submission would press the first "Continue" of the form.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.target as Element).matches("input")) event.preventDefault();
  });
  form.addEventListener("focusout", (event) => checking.left(event.target as Element, event.relatedTarget as Element | null));
  form.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("[data-sign]");
    if (button) void signing.sign(button.dataset.sign as string);
  });
  parts.page.addEventListener("click", (event) => {
    const action = (event.target as Element).closest<HTMLElement>("[data-action]")?.dataset.action;
    if (action === "export") saveToFile();
    if (action === "import") parts.importFile.click();
    if (action === "clear") void safety?.clearEverything();
  });
  parts.importFile.addEventListener("change", () => {
    const file = parts.importFile.files?.[0];
    parts.importFile.value = "";
    if (file) void loadFiles().then((loaded) => loaded.importFile(file));
  });
  // Bringing two drafts together is a chunk of its own, loaded when its view first shows: most visits never merge.
  openMerge = () =>
    (merging ??= import("./off-the-way.ts").then(({ startMergeView }) =>
      startMergeView({
        view: parts.page.querySelector<HTMLElement>('[data-view="merge"]') as HTMLElement,
        schema, layout, state, saving, notices, announce, confirm, load: view.load, describe: checking.describe, flag: checking.flag, go: open,
        kit: {
          listChanges: (a, b) => listChanges(layout, a, b), changeHeading, changeLabel, changeValue, element, partnerName, holdsNothingGiven, maxBytes: MAX_IMPORT_BYTES,
          openText: (text) => openText(text, schema), openValue: (value) => openValue(value, schema, { keepInvalidAnswers: true }),
        },
      }),
    ));
  holdForOtherTabs({ schema, state, store, saving, notices, dialog: parts.otherTab, load: view.load, window });

  // A couple starts from the browser's own time zone; a saved contract's own wins when it loads.
  preselectTimeZones(form);
  // Exit this page, the passphrase lock, keeping answers over weeks and clearing them: the stored answers open once any lock is open.
  safety = startWorkbookSafety({
    document, window, page: parts.page, bar: parts.bar, notices, lock, store, state, saving, confirm, load: view.load, resetChecking: checking.reset, exportContract: () => loadFiles().then((loaded) => loaded.exportContract()),
    open: () => restoreSavedContract({ schema, state, store, saving, notices, refresh: view.refresh, load: view.load, describe: checking.describe, flag: checking.flag, saveToFile }),
  });
  parts.needsScript?.remove();
  parts.page.toggleAttribute("data-views", true);
  parts.bar.hidden = false;
  startWorkbookBar(parts.bar);
  keepFocusClearOfBar(parts.bar);
  void router.start();
}
