import { openText } from "../storage/open-saved-contract.ts";
import type { ContractStore } from "../storage/contract-store.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { differingAnswers } from "./differing-answers.ts";
import { element } from "../element.ts";
import type { Notices } from "./notices.ts";
import type { Saving } from "./saving.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What the other-tab hold needs from the page. */
export interface OtherTabOptions {
  schema: CompiledSchema;
  state: WorkbookState;
  store: ContractStore;
  saving: Saving;
  notices: Notices;
  /** The dialog that asks what to do (layouts/workbook.njk, dialog[data-other-tab]). */
  dialog: HTMLDialogElement;
  /** Puts answers into the form, replacing every answer it held. */
  load: (data: Record<string, unknown>) => void;
  /** The window whose `storage` events report another tab's writes. */
  window: Window;
}

/**
 * Stops saving when another tab or window changes the saved contract (or clears the
 * site's storage), so that neither tab silently overwrites the other, and asks, in a
 * dialog that takes focus wherever the person is: which answers differ, and whose
 * version to keep. Each choice says what it loses. Using the other tab's version
 * loads it here (no reload); keeping this one saves it over the other's, and the
 * other tab, if still open, then asks its own person the same question.
 */
export function holdForOtherTabs({ schema, state, store, saving, notices, dialog, load, window }: OtherTabOptions): void {
  const layout = layoutContract(schema);
  const find = <T extends Element>(selector: string) => {
    const found = dialog.querySelector<T>(selector);
    if (!found) throw new Error(`the other-tab dialog has no ${selector}`);
    return found;
  };
  const [title, text, list] = [find<HTMLElement>("#other-tab-title"), find<HTMLElement>("[data-other-tab-text]"), find<HTMLElement>("[data-other-tab-list]")];
  const [useTheirs, keepMine, later] = [find<HTMLButtonElement>("[data-other-tab-load]"), find<HTMLButtonElement>("[data-other-tab-keep]"), find<HTMLButtonElement>("[data-other-tab-later]")];
  const [useHint, keepHint] = [find<HTMLElement>("[data-other-tab-load-hint]"), find<HTMLElement>("[data-other-tab-keep-hint]")];
  let theirs: Record<string, unknown> = {};

  const close = () => {
    if (dialog.open) dialog.close();
  };
  const resume = () => {
    state.hold = undefined;
    notices.dismiss("other-tab");
    close();
  };
  const choices = {
    use() {
      resume();
      // The person chose to drop this tab's answers: nothing here is unsaved any more.
      load(theirs);
      state.unsaved = false;
      saving.cancel();
      saving.status("Now showing the version from the other tab", "ok");
    },
    keep() {
      resume();
      saving.save();
    },
    later() {
      close();
      notices.show({
        id: "other-tab",
        tone: "warning",
        title: "Not saving until you choose",
        text: "Your contract changed in another tab. Until you choose whose version to keep, this tab saves nothing.",
        actions: [{ label: "Choose now", run: ask }],
      });
    },
  };
  function ask(): void {
    notices.dismiss("other-tab");
    if (!dialog.open) dialog.showModal();
    title.focus();
  }
  useTheirs.addEventListener("click", choices.use);
  keepMine.addEventListener("click", choices.keep);
  later.addEventListener("click", choices.later);
  // Escape closes a modal dialog: that is "decide later", never a silent choice.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    choices.later();
  });

  window.addEventListener("storage", (event) => {
    // A null key means the other tab cleared all of the site's storage.
    if (event.key !== store.key && event.key !== null) return;
    const cleared = event.key === null || event.newValue === null;
    // A locked workbook stores sealed text: this page opens it with the key it holds (src/browser/lock/).
    if (cleared || !store.reveal) changedElsewhere(cleared, event.newValue ?? undefined);
    else void store.reveal(event.newValue as string).then((text) => text !== undefined && changedElsewhere(false, text));
  });

  function changedElsewhere(cleared: boolean, newValue: string | undefined): void {
    const opened = cleared ? undefined : openText(newValue as string, schema, { keepInvalidAnswers: true });
    if (!cleared && opened?.kind !== "loaded") return;
    state.hold = "other-tab";
    saving.cancel();
    saving.status("Not saving: the contract changed in another tab", "error");
    theirs = opened?.kind === "loaded" ? opened.data : {};
    const differ = differingAnswers(layout, state.data, theirs);
    title.textContent = cleared ? "Your contract was cleared in another tab" : "Your contract changed in another tab";
    text.textContent = differ.length
      ? `${differ.length === 1 ? "This answer differs" : `These ${differ.length} answers differ`} between this tab and the other one:`
      : "The other tab saved the same answers as this one, so nothing is lost whichever you choose.";
    list.replaceChildren(...differ.slice(0, 12).map((label) => element("li", { children: [label] })));
    if (differ.length > 12) list.append(element("li", { children: [`and ${differ.length - 12} more`] }));
    useTheirs.textContent = cleared ? "Clear this tab too" : "Use the other tab’s version";
    useHint.textContent = differ.length
      ? `This tab’s ${differ.length === 1 ? "answer" : "answers"} listed above ${differ.length === 1 ? "is" : "are"} replaced by the other tab’s, and lost.`
      : "Nothing changes here.";
    keepHint.textContent = differ.length
      ? `The other tab’s ${differ.length === 1 ? "answer" : "answers"} listed above ${differ.length === 1 ? "is" : "are"} replaced by this tab’s, and lost. If the other tab is still open, it will ask there too.`
      : "This tab saves again.";
    ask();
  }
}
