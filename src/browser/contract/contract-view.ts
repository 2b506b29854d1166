import { checkSignatures, type SignatureCheck } from "../../contract/check-signatures.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { openText, type OpenedContract } from "../storage/open-saved-contract.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { contractDocument } from "./contract-document.ts";
import { renderContract } from "./render-contract.ts";
import { renderMessage, type Message } from "./render-message.ts";
import { setPrintFooter } from "./print-footer.ts";
import { visibleControlsText } from "./visible-controls.ts";

/** What `show` answers: the fingerprint of the contract shown, or why it was not shown. */
export type ShowResult = { ok: true; fingerprint: string } | { ok: false; errors: FieldError[] };

/** How a handed contract is shown. */
export interface ShowOptions {
  /** Printed as a draft: "Draft, not signed" at the top of every page. */
  draft?: boolean;
}

/** The parts of the page the contract view fills. */
export interface ContractViewParts {
  schema: CompiledSchema;
  /** Where the contract, or a message in its place, goes. */
  container: HTMLElement;
  /** The print button and the workbook link: shown only beside a contract. */
  actions: HTMLElement;
}

/** The contract view of a page: shows a saved or a handed contract, one at a time. */
export interface ContractView {
  /** Shows what was opened from storage. */
  showOpened(opened: OpenedContract): Promise<void>;
  /** Validates contract JSON text and shows it instead of whatever is shown; a draft prints "Draft, not signed" on every page. */
  show(jsonText: string, options?: ShowOptions): Promise<ShowResult>;
}

const WORKBOOK = { href: "/workbook/", text: "Go to the workbook" };

/**
 * Drives the contract area of the page. Each display replaces the last; a display
 * that finishes after a newer one started (the saved contract still being
 * fingerprinted when a handed one arrives) is dropped, so the newest always wins.
 * `data-contract-ready` on the root element is "true" only while a contract is shown
 * and laid out, which is what a PDF renderer waits for.
 */
export function createContractView({ schema, container, actions }: ContractViewParts): ContractView {
  const root = document.documentElement;
  const pageTitle = document.title;
  let generation = 0;

  function showMessage(message: Message): void {
    delete root.dataset.contractReady;
    root.dataset.contractState = message.kind;
    document.title = pageTitle;
    setPrintFooter(document, undefined);
    actions.hidden = true;
    container.replaceChildren(renderMessage(message));
  }

  async function showContract(data: Record<string, unknown>, run: number, errors: FieldError[] = [], options: ShowOptions = {}): Promise<ShowResult | undefined> {
    let check: SignatureCheck;
    try {
      check = await checkSignatures(data);
    } catch (error) {
      if (run !== generation) return undefined;
      // Web Crypto, which the fingerprint needs, exists only on https and on this device's own addresses.
      showMessage({
        kind: "failed",
        title: "This contract cannot be shown here",
        text: ["This browser could not work out the contract's fingerprint, which the signatures depend on. Open the page over https, or in another browser."],
      });
      return { ok: false, errors: [{ path: "", message: `cannot compute the fingerprint: ${(error as Error).message}` }] };
    }
    if (run !== generation) return undefined;
    const doc = contractDocument(layoutContract(schema), data, check);
    // A draft saved with answers that do not fit still shows, with what to correct above it.
    const notice = errors.length
      ? [
          renderMessage({
            kind: "invalid",
            title: "Some answers do not fit the questions",
            text: ["The workbook kept these answers so that nothing you typed is lost. Correct them in the workbook before you print or sign; until then they may show here as not answered."],
            details: errors.map((error) => error.message),
            link: { href: "/workbook/", text: "Correct them in the workbook" },
          }),
        ]
      : [];
    container.replaceChildren(...notice, renderContract(doc));
    // The page's title becomes the PDF's: no markup there, so direction controls are written out.
    document.title = visibleControlsText(doc.title);
    setPrintFooter(document, check.fingerprint, { draft: options.draft === true });
    actions.hidden = false;
    root.dataset.contractState = "shown";
    // Lay the new text out so the fonts it needs start loading, then wait for them:
    // a PDF taken as soon as the flag is set must not be printed in fallback fonts.
    void container.offsetHeight;
    await document.fonts.ready;
    if (run !== generation) return undefined;
    root.dataset.contractReady = "true";
    return { ok: true, fingerprint: check.fingerprint };
  }

  async function showOpened(opened: OpenedContract): Promise<void> {
    const run = ++generation;
    switch (opened.kind) {
      case "loaded":
        await showContract(opened.data, run, opened.errors);
        return;
      case "empty":
        return showMessage({
          kind: "empty",
          title: "No contract on this device yet",
          text: [
            "Your contract appears here as soon as you start writing it in the workbook. What you write stays in this browser, on this device.",
            "Filled it in somewhere else? Save it to a file there, then open the file in the workbook here.",
          ],
          link: WORKBOOK,
        });
      case "refused":
        return showMessage({
          kind: "refused",
          title: "This contract cannot be shown",
          text: [opened.message, "Nothing has been changed or deleted."],
          details: (opened.errors ?? []).map((error) => error.message),
          link: WORKBOOK,
        });
      case "unavailable":
        return showMessage({
          kind: "unavailable",
          title: "This browser is not letting the page read saved answers",
          text: [
            "Your contract is kept in this browser's storage, which is turned off or blocked here (some private windows and privacy settings do this).",
            "Allow this site to store data, or open the page in the browser where you filled in the workbook.",
          ],
          link: WORKBOOK,
        });
    }
  }

  async function show(jsonText: string, options: ShowOptions = {}): Promise<ShowResult> {
    // Whatever is shown now is about to be replaced: it is no longer the contract to print.
    delete root.dataset.contractReady;
    if (typeof jsonText !== "string") return { ok: false, errors: [{ path: "", message: "show() takes the contract as JSON text" }] };
    const opened = openText(jsonText, schema);
    if (opened.kind === "refused") {
      await showOpened(opened);
      return { ok: false, errors: opened.errors?.length ? opened.errors : [{ path: "", message: opened.message }] };
    }
    const result = await showContract(opened.data, ++generation, [], { draft: options?.draft === true });
    return result ?? { ok: false, errors: [{ path: "", message: "another contract was shown before this one was ready" }] };
  }

  return { showOpened, show };
}
