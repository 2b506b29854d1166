import { checkSignatures } from "../../contract/check-signatures.ts";
import { formatPath, getAt, parsePath } from "../../contract/field-path.ts";
import { fillEmptyGroups } from "../../contract/fill-empty-groups.ts";
import { fingerprint } from "../../contract/fingerprint.ts";
import { partnerName } from "../../contract/partners.ts";
import { groupFingerprint, signatureState } from "../../contract/signature-state.ts";
import { validateContract, type FieldError } from "../../contract/validate-contract.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { readEmbeddedSchema } from "../read-embedded-schema.ts";
import { createContractStore, type StoredWrite } from "../storage/contract-store.ts";
import { openSavedContract, openText } from "../storage/open-saved-contract.ts";
import { createAutosave } from "./autosave.ts";
import { confirmAction } from "./confirm-dialog.ts";
import { hideErrorSummary, showErrorSummary } from "./error-summary.ts";
import { createFieldIndex } from "./field-index.ts";
import { shownErrorPaths, showFieldErrors } from "./field-errors.ts";
import { readForm, writeForm } from "./form-values.ts";
import { createListItems } from "./list-items.ts";
import { createNotices } from "./notices.ts";
import { sectionProgress, showProgress } from "./progress.ts";
import { exportFileName, saveFile } from "./save-file.ts";
import { describeSignature } from "./describe-signature.ts";
import { redrawCanvases, showDrawingPanels, startCanvases } from "./signatures.ts";
import { watchDirectionControls } from "./direction-control-warning.ts";

/** How long after the last keystroke the workbook saves (the budget is 500 ms). */
export const AUTOSAVE_DELAY = 300;

/** Larger files are refused before reading: a full contract is a few tens of KB. */
const MAX_IMPORT_BYTES = 1_000_000;

/** The parts of the workbook page this script needs. */
function findParts(document: Document) {
  const find = <T extends Element>(selector: string) => {
    const element = document.querySelector<T>(selector);
    if (!element) throw new Error(`the workbook page has no ${selector}`);
    return element;
  };
  return {
    form: find<HTMLFormElement>("form[data-workbook]"),
    bar: find<HTMLElement>("[data-workbook-bar]"),
    status: find<HTMLElement>("[data-save-status]"),
    notices: find<HTMLElement>("[data-notices]"),
    summary: find<HTMLElement>("[data-error-summary]"),
    dialog: find<HTMLDialogElement>("dialog[data-confirm]"),
    importFile: find<HTMLInputElement>("[data-import-file]"),
    needsScript: document.querySelector<HTMLElement>("[data-needs-script]"),
  };
}

/**
 * Runs the workbook: fills the form from this device's storage, saves as the person
 * types, validates with the schema's own words, imports and exports files, and signs.
 * Every answer lives in this page and this device's storage; nothing is sent.
 */
export function startWorkbook(document: Document): void {
  const schema = readEmbeddedSchema(document);
  const parts = findParts(document);
  const { form } = parts;
  const index = createFieldIndex(schema);
  const store = createContractStore(() => window.localStorage, schema.version);
  const notices = createNotices(parts.notices);
  const live = createLiveRegion(document);
  const lists = createListItems(form, live, () => changed());
  const canvases = startCanvases(form);

  let data: Record<string, unknown> = {};
  /** Set when saving must wait: another tab changed the contract, or a newer version owns it. */
  let hold: "other-tab" | "newer-version" | undefined;
  let unsaved = false;
  let checked = false;

  const setStatus = (text: string, tone: "ok" | "pending" | "error") => {
    parts.status.textContent = text;
    parts.status.dataset.tone = tone;
  };

  const save = (): StoredWrite | undefined => {
    if (hold) return undefined;
    const result = store.write(JSON.stringify({ ...data, schemaVersion: schema.version }));
    if (result.ok) {
      unsaved = false;
      notices.dismiss("storage");
      setStatus(`Saved on this device at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`, "ok");
    } else {
      unsaved = true;
      setStatus("Not saved on this device", "error");
      notices.show({
        id: "storage",
        tone: "error",
        title: "Your answers could not be saved on this device",
        text: `${storageProblem(result.reason)} They are still here in this page: save them to a file so nothing is lost.`,
        actions: [{ label: "Save to a file", run: exportContract }],
      });
    }
    return result;
  };
  const autosave = createAutosave(save, AUTOSAVE_DELAY);

  function refresh() {
    data = readForm(form, index);
    showProgress(form, sectionProgress(layoutContract(schema), data));
    for (const partner of ["a", "b"] as const) {
      const name = nameOf(partner);
      for (const span of form.querySelectorAll(`[data-partner-name="${partner}"]`)) span.textContent = name;
      const sign = form.querySelector(`[data-sign="signatures.${partner}"]`);
      if (sign) sign.textContent = `Sign as ${name}`;
    }
    showDrawingPanels(form);
    void refreshSignatures();
  }

  /** Works out the fingerprint of the answers now and what each signature covers. */
  async function refreshSignatures() {
    const { fingerprint: now } = await checkSignatures(data);
    const shown = form.querySelector("[data-current-fingerprint]");
    if (shown) shown.textContent = groupFingerprint(now);
    for (const status of form.querySelectorAll<HTMLElement>("[data-signature-status]")) {
      const path = status.dataset.signatureStatus as string;
      const partner = path.split(".")[1] as "a" | "b";
      const signed = getAt(data, [...parsePath(path), "fingerprint"]) as string | undefined;
      const state = signatureState(signed, now);
      status.textContent = describeSignature(state, nameOf(partner), getAt(data, [...parsePath(path), "date"]) as string | undefined);
      status.dataset.state = state;
    }
  }

  function nameOf(partner: "a" | "b"): string {
    return partnerName(data, partner);
  }

  function changed(source?: Element) {
    // Changing a signature itself (its name, drawing or date) takes it back: it must be given again.
    const signature = source?.closest<HTMLElement>("[data-signature]");
    if (signature && !(source as HTMLElement).matches("output")) {
      const output = signature.querySelector<HTMLOutputElement>("output[name$='.fingerprint']");
      if (output) output.value = "";
    }
    refresh();
    unsaved = true;
    if (!hold) setStatus("Saving…", "pending");
    autosave.schedule();
    if (checked || shownErrorPaths(form).length) revalidate(shownErrorPaths(form));
  }

  function completeErrors(): FieldError[] {
    const result = validateContract(schema, fillEmptyGroups(schema.tree, data), "complete");
    if (result.ok) return [];
    // Nobody types a fingerprint: a missing one means that partner has not signed.
    return result.errors.map((error) => {
      const signer = /^signatures\.(a|b)\.fingerprint$/.exec(error.path)?.[1] as "a" | "b" | undefined;
      return signer && getAt(data, parsePath(error.path)) === undefined
        ? { path: error.path, message: `Sign the contract: press “Sign as ${nameOf(signer)}” when you agree with every answer` }
        : error;
    });
  }

  /** Updates the messages of the given fields, and the summary if it is showing. */
  function revalidate(paths: string[]) {
    const errors = completeErrors();
    showFieldErrors(form, errors, paths);
    if (!parts.summary.hidden) {
      const stillWrong = errors.filter((error) => shownErrorPaths(form).includes(error.path));
      if (stillWrong.length === 0) hideErrorSummary(parts.summary);
    }
  }

  function describeError(error: FieldError): string {
    const path = parsePath(error.path);
    const context: string[] = [];
    if (path[1] === "a" || path[1] === "b") context.push(nameOf(path[1]));
    const itemAt = path.findIndex((key) => typeof key === "number");
    if (itemAt > 0) {
      const list = form.querySelector(`[data-list="${CSS.escape(formatPath(path.slice(0, itemAt)))}"] .list-item-legend`);
      const noun = list?.firstChild?.textContent?.trim() ?? "Item";
      context.push(`${noun} ${(path[itemAt] as number) + 1}`);
    }
    return context.length ? `${context.join(", ")}: ${error.message}` : error.message;
  }

  async function checkContract() {
    checked = true;
    const errors = completeErrors();
    const signatureErrors = errors.length === 0 ? (await checkSignatures(data)).errors : [];
    const all = [...errors, ...signatureErrors];
    showFieldErrors(form, all, new Set([...shownErrorPaths(form), ...all.map((error) => error.path)]));
    if (all.length) {
      showErrorSummary(parts.summary, form, all, describeError);
    } else {
      hideErrorSummary(parts.summary);
      notices.show({
        id: "check",
        tone: "success",
        title: "Your contract is complete and signed by you both",
        text: "Every answer fits, and both signatures cover the contract as it is now. You can see it as a document, print it, or save it as a PDF.",
      });
    }
  }

  async function sign(path: string) {
    const partner = path.split(".")[1] as "a" | "b";
    const dateInput = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${path}.date`)}"]`);
    if (dateInput && !dateInput.value) dateInput.value = localDate(new Date());
    refresh();
    const errors = completeErrors().filter(
      (error) => !error.path.startsWith("signatures.") || (error.path.startsWith(`${path}.`) && !error.path.endsWith(".fingerprint")),
    );
    const method = getAt(data, [...parsePath(path), "method"]);
    if (method === "Drawn" && !getAt(data, [...parsePath(path), "strokes"])) {
      errors.push({ path: `${path}.strokes`, message: "Draw your signature in the box, or choose “Typed” to type your name" });
    }
    if (errors.length) {
      showFieldErrors(form, errors, errors.map((error) => error.path));
      showErrorSummary(parts.summary, form, errors, (error) => `Before ${nameOf(partner)} signs: ${describeError(error)}`);
      return;
    }
    const output = form.querySelector<HTMLOutputElement>(`output[name="${CSS.escape(`${path}.fingerprint`)}"]`);
    if (!output) return;
    output.value = await fingerprint(data);
    refresh();
    hideErrorSummary(parts.summary);
    autosave.cancel();
    save();
    live(`Signed by ${nameOf(partner)}`);
  }

  function exportContract() {
    saveFile(
      `${JSON.stringify({ ...data, schemaVersion: schema.version }, null, 2)}\n`,
      exportFileName([nameOf("a"), nameOf("b")].filter((name) => !name.startsWith("Partner ")), new Date()),
    );
    live("Your contract was saved to a file");
  }

  async function importFile(file: File) {
    const fail = (title: string, text: string, items: string[] = []) =>
      notices.show({ id: "import", tone: "error", title, text, items });
    if (file.size > MAX_IMPORT_BYTES) {
      fail(`“${file.name}” was not opened`, "It is too large to be an Autonomy Contract. Your current answers are unchanged.");
      return;
    }
    const opened = openText(await file.text(), schema);
    if (opened.kind !== "loaded") {
      fail(
        `“${file.name}” was not opened`,
        `${opened.message} Your current answers are unchanged.`,
        (opened.errors ?? []).map((error) => `${error.path}: ${describeError(error)}`),
      );
      return;
    }
    const hasAnswers = Object.keys(data).some((key) => key !== "schemaVersion");
    if (
      hasAnswers &&
      !(await confirmAction(parts.dialog, {
        title: "Replace your answers?",
        text: `Opening “${file.name}” replaces every answer in this workbook with the ones in the file. Save your current answers to a file first if you may want them back.`,
        confirmLabel: "Replace my answers",
      }))
    ) {
      live("Nothing was changed");
      return;
    }
    load(opened.data);
    const saved = save()?.ok === true;
    notices.show({
      id: "import",
      tone: "success",
      title: `Opened “${file.name}”`,
      text: [
        opened.migratedFrom ? "It was made with an older version of the workbook and has been brought up to date." : "",
        saved ? "Your answers are in the workbook and saved on this device." : "Your answers are in the workbook, but this page is not storing them: see the message above.",
      ].filter(Boolean).join(" "),
    });
  }

  async function clearEverything() {
    const yes = await confirmAction(parts.dialog, {
      title: "Clear everything?",
      text: "This removes every answer and both signatures from this workbook and from this device. It cannot be undone. Save to a file first if you may want them back.",
      confirmLabel: "Clear everything",
    });
    if (!yes) return;
    autosave.cancel();
    const result = store.remove();
    load({});
    unsaved = false;
    hideErrorSummary(parts.summary);
    checked = false;
    setStatus(result.ok ? "Everything was cleared from this device" : "Cleared from this page, but not from this device's storage", result.ok ? "ok" : "error");
  }

  /** Puts data into the form: list items first, then values, then drawings. */
  function load(next: Record<string, unknown>) {
    lists.clearAll();
    for (const list of form.querySelectorAll<HTMLElement>("[data-list]")) {
      const path = list.dataset.list as string;
      const items = getAt(next, parsePath(path));
      lists.ensureCount(path, Array.isArray(items) ? items.length : 0);
    }
    form.reset();
    writeForm(form, next);
    redrawCanvases(form, canvases);
    showFieldErrors(form, [], shownErrorPaths(form));
    refresh();
  }

  function openStored() {
    const opened = openSavedContract(store, schema);
    switch (opened.kind) {
      case "empty":
        refresh();
        return;
      case "unavailable":
        refresh();
        setStatus("Not saving: this browser's storage is turned off", "error");
        notices.show({
          id: "storage",
          tone: "warning",
          title: "This browser will not let the workbook save",
          text: "Storage is turned off here (a private window or a browser setting). You can still fill in the workbook; save it to a file before you close the page.",
          actions: [{ label: "Save to a file", run: exportContract }],
        });
        return;
      case "refused":
        hold = "newer-version";
        refresh();
        setStatus("Not saving, to keep your saved contract safe", "error");
        notices.show({
          id: "stored",
          tone: "warning",
          title: "Your saved contract could not be opened here",
          text: `${opened.message}`,
          items: (opened.errors ?? []).map((error) => describeError(error)),
        });
        return;
      case "loaded":
        load(opened.data);
        setStatus("Your saved answers are back", "ok");
        if (opened.errors?.length) {
          checked = true;
          showFieldErrors(form, opened.errors, opened.errors.map((error) => error.path));
        }
        if (opened.migratedFrom !== undefined) {
          save();
          notices.show({
            id: "stored",
            tone: "info",
            title: "Your contract was brought up to date",
            text: `It was saved by an older version of the workbook (version ${opened.migratedFrom}). Your answers have been moved into this version; please look them over.`,
          });
        }
        return;
    }
  }

  // Wiring.
  watchDirectionControls(form);
  form.addEventListener("input", (event) => changed(event.target as Element));
  form.addEventListener("change", (event) => changed(event.target as Element));
  // The form is never sent anywhere: submitting it checks the contract.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void checkContract();
  });
  form.addEventListener("focusout", (event) => {
    const control = event.target as HTMLInputElement;
    if (!control.name || control.type === "hidden") return;
    const group = control.closest<HTMLElement>("[data-field]");
    const path = group?.dataset.field?.includes("#") ? control.name : (group?.dataset.field ?? control.name);
    // A question left empty is only flagged once the person asks to check: tabbing
    // through the form should not fill it with red.
    const hasValue = getAt(data, parsePath(path)) !== undefined;
    if (hasValue || checked || shownErrorPaths(form).includes(path)) revalidate([path]);
  });
  form.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("[data-sign]");
    if (button) void sign(button.dataset.sign as string);
  });
  parts.bar.addEventListener("click", (event) => {
    const action = (event.target as Element).closest<HTMLElement>("[data-action]")?.dataset.action;
    if (action === "check") void checkContract();
    if (action === "export") exportContract();
    if (action === "import") parts.importFile.click();
    if (action === "clear") void clearEverything();
  });
  parts.importFile.addEventListener("change", () => {
    const file = parts.importFile.files?.[0];
    parts.importFile.value = "";
    if (file) void importFile(file);
  });
  window.addEventListener("storage", (event) => {
    if (event.key !== store.key && event.key !== null) return;
    hold = "other-tab";
    autosave.cancel();
    setStatus("Not saving: the contract changed in another tab", "error");
    notices.show({
      id: "other-tab",
      tone: "warning",
      title: "This contract was changed in another tab or window",
      text: "To keep both sets of changes from overwriting each other, this tab has stopped saving. Load the latest version, or keep what is in this tab and save it over the other.",
      actions: [
        {
          label: "Load the latest version",
          run: () => {
            // The person chose to drop this tab's changes: no "leave site?" prompt.
            unsaved = false;
            window.location.reload();
          },
        },
        {
          label: "Keep this tab's version",
          run: () => {
            hold = undefined;
            notices.dismiss("other-tab");
            save();
          },
        },
      ],
    });
  });
  window.addEventListener("beforeunload", (event) => {
    autosave.flush();
    if (unsaved) event.preventDefault();
  });

  openStored();
  parts.needsScript?.remove();
  parts.bar.hidden = false;
  keepFocusClearOfBar(parts.bar);
}

function storageProblem(reason: Exclude<StoredWrite, { ok: true }>["reason"]): string {
  switch (reason) {
    case "quota":
      return "This browser's storage for the site is full.";
    case "unavailable":
      return "This browser does not allow saving here (a private window, or storage turned off).";
    case "mismatch":
      return "The saved copy did not read back the same.";
  }
}

/**
 * Where the toolbar sticks to the top of the screen, scrolling (by focus, by a link,
 * by scrollIntoView) must leave room for it, or it would cover the control in focus
 * (WCAG 2.4.11). The bar's height changes as it wraps, so it is measured.
 */
function keepFocusClearOfBar(bar: HTMLElement): void {
  const root = document.documentElement;
  const update = () => {
    const sticky = getComputedStyle(bar).position === "sticky";
    root.style.scrollPaddingTop = sticky ? `${Math.ceil(bar.getBoundingClientRect().height) + 16}px` : "";
  };
  new ResizeObserver(update).observe(bar);
  window.matchMedia("(min-width: 48rem) and (min-height: 40rem)").addEventListener("change", update);
  update();
}

/** Today's date in the person's own time zone, as YYYY-MM-DD. */
function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A polite live region for short announcements (an item added, a signature made). */
function createLiveRegion(document: Document): (text: string) => void {
  const region = document.createElement("p");
  region.className = "visually-hidden";
  region.setAttribute("role", "status");
  document.body.append(region);
  return (text) => {
    region.textContent = "";
    // A fresh node after a tick makes screen readers read a repeated message again.
    setTimeout(() => (region.textContent = text), 50);
  };
}
