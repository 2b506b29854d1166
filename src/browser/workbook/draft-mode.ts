import { partnerName } from "../../contract/partners.ts";
import { DRAFT_OF, PARTNERS, type Partner } from "../../layout/contract-names.ts";
import { draftFileName } from "./draft-file-name.ts";
import type { Announce } from "./live-region.ts";
import { saveFile } from "./save-file.ts";
import type { TaskList } from "./task-list.ts";
import type { ViewRouter } from "./view-router.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What "just my answers" needs from the page. */
export interface DraftModeOptions {
  page: HTMLElement;
  form: HTMLFormElement;
  state: WorkbookState;
  router: Pick<ViewRouter, "setPartner">;
  tasks: Pick<TaskList, "setPartner">;
  announce: Announce;
  /** The schema version written into the draft file. */
  version: number;
  /** Offers text as a download (the page's own Blob download, by default). */
  saveFile?: (text: string, fileName: string) => void;
}

/** Follows whose draft the answers are. */
export interface DraftMode {
  /** The answers changed (typed, loaded, opened): follow the draftOf they hold now. */
  sync(): void;
  /** The partner filling in their own answers, or undefined when the two fill it in together. */
  partner(): Partner | undefined;
}

/**
 * "Just my answers": one partner fills in their own part alone, on their own device.
 * Whose part it is is stored with the answers, as the contract's `draftOf`, so it
 * survives a reload and travels in the draft file; while it is set, the way through
 * the workbook and the task list keep to the shared questions and that partner's
 * own, and the way ends at "Save my draft to share" instead of signing.
 */
export function startDraftMode(options: DraftModeOptions): DraftMode {
  const { page, form, state, router, tasks, announce } = options;
  const download = options.saveFile ?? saveFile;
  const panel = page.querySelector<HTMLElement>("[data-draft-mode]");
  const whose = form.querySelector<HTMLInputElement>(`input[name="${DRAFT_OF}"]`);
  if (!panel || !whose) throw new Error("the workbook page has no draft mode");
  let shown: Partner | undefined | null = null;

  const set = (partner: Partner | undefined) => {
    whose.value = partner ?? "";
    // As typing would: the form reads it, saves it, and this follows from sync().
    whose.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const sync = () => {
    const value = state.data[DRAFT_OF];
    const partner = value === "a" || value === "b" ? value : undefined;
    for (const other of PARTNERS) {
      for (const span of page.querySelectorAll(`[data-draft-name="${other}"]`)) span.textContent = partnerName(state.data, other);
    }
    for (const self of page.querySelectorAll("[data-draft-self]")) self.textContent = partner ? partnerName(state.data, partner) : "";
    if (partner === shown) return;
    shown = partner;
    router.setPartner(partner);
    tasks.setPartner(partner);
    for (const part of panel.querySelectorAll<HTMLElement>("[data-draft-when]")) part.hidden = (part.dataset.draftWhen === "own") !== (partner !== undefined);
    const radio = panel.querySelector<HTMLInputElement>(`input[name="draft-mode"][value="${partner ?? "both"}"]`);
    if (radio) radio.checked = true;
    // Checking the whole contract waits for the merge, as signing does.
    for (const check of page.querySelectorAll<HTMLElement>('[data-action="check"]')) check.hidden = partner !== undefined;
  };

  const saveDraft = () => {
    const partner = state.data[DRAFT_OF] as Partner | undefined;
    if (!partner) return;
    const name = partnerName(state.data, partner);
    download(`${JSON.stringify({ ...state.data, [DRAFT_OF]: partner, schemaVersion: options.version }, null, 2)}\n`, draftFileName(name, partner));
    announce(`Your draft was saved to a file. Send it to your partner or bring it to your session.`);
  };

  page.addEventListener("click", (event) => {
    const target = event.target as Element;
    const action = target.closest<HTMLElement>("[data-action]")?.dataset.action;
    if (action === "save-draft") saveDraft();
    if (action === "leave-draft") {
      set(undefined);
      announce("You are back in the full workbook, with both partners’ questions");
      panel.querySelector<HTMLInputElement>("#draft-mode-both")?.focus();
    }
    if (target.closest("[data-draft-choose]")) {
      const chosen = panel.querySelector<HTMLInputElement>('input[name="draft-mode"]:checked')?.value;
      const partner = chosen === "a" || chosen === "b" ? chosen : undefined;
      set(partner);
      if (partner) {
        announce(`You are filling in your own answers as ${partnerName(state.data, partner)}`);
        panel.querySelector<HTMLElement>('[data-action="save-draft"]')?.focus();
      } else {
        announce("You are filling this in together");
      }
    }
  });
  panel.hidden = false;
  sync();
  return { sync, partner: () => shown ?? undefined };
}
