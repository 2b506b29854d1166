import type { ClauseSet } from "../../agreement/clause-file.ts";
import { wordingHash } from "../../agreement/wording-hash.ts";
import { checkSignatures, type SignatureCheck } from "../../contract/check-signatures.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { openText, type OpenedContract } from "../storage/open-saved-contract.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { contractDocument } from "./contract-document.ts";
import { renderContract } from "./render-contract.ts";
import { renewalOffer } from "./renewal-offer.ts";
import { todayIso } from "../../contract/format-date.ts";
import { loadDifferenceMap } from "../map/load-difference-map.ts";
import { renderMessage, type Message } from "./render-message.ts";
import { setPrintFooter } from "./print-footer.ts";
import { workbookHref } from "./workbook-link.ts";
import { visibleControlsText } from "./visible-controls.ts";

/**
 * What `show` answers: the fingerprint of the contract shown and the hash of the
 * wording its agreement was written with (for the PDF's metadata), or why it was
 * not shown.
 */
export type ShowResult = { ok: true; fingerprint: string; wording: string } | { ok: false; errors: FieldError[] };

/** How a handed contract is shown. */
export interface ShowOptions {
  /** Printed as a draft: "Draft, not signed" at the top of every page. */
  draft?: boolean;
}

/** The parts of the page the contract view fills. */
export interface ContractViewParts {
  schema: CompiledSchema;
  /** The agreement's clauses the build embedded beside the schema. */
  clauses: ClauseSet;
  /** The page's language, for dates, times, numbers and lists. */
  language: string;
  /** Where the contract, or a message in its place, goes. */
  container: HTMLElement;
  /** At the top of the page: what needs doing about the contract shown (signatures to give again, answers to correct). */
  notices: HTMLElement;
  /** The print button and the workbook link: shown only beside a contract. */
  actions: HTMLElement;
}

/** The contract view of a page: shows a saved or a handed contract, one at a time. */
export interface ContractView {
  /** Shows what was opened from storage. */
  showOpened(opened: OpenedContract): Promise<void>;
  /** Validates contract JSON text and shows it instead of whatever is shown; a draft prints "Draft, not signed" on every page. */
  show(jsonText: string, options?: ShowOptions): Promise<ShowResult>;
  /** The contract on the page now, or undefined while a message stands in its place. */
  shown(): Record<string, unknown> | undefined;
}

/** Links the script makes are relative (../workbook/), so the site works under any path prefix. */
const WORKBOOK = { href: workbookHref(), text: "Go to the workbook" };

/**
 * Drives the contract area of the page. Each display replaces the last; a display
 * that finishes after a newer one started (the saved contract still being
 * fingerprinted when a handed one arrives) is dropped, so the newest always wins.
 * `data-contract-ready` on the root element is "true" only while a contract is shown
 * and laid out, which is what a PDF renderer waits for.
 */
export function createContractView({ schema, clauses, language, container, notices: noticeArea, actions }: ContractViewParts): ContractView {
  const root = document.documentElement;
  const pageTitle = document.title;
  const layout = layoutContract(schema);
  const wording = wordingHash(clauses);
  let generation = 0;
  let current: Record<string, unknown> | undefined;

  function showMessage(message: Message): void {
    delete root.dataset.contractReady;
    current = undefined;
    root.dataset.contractState = message.kind;
    document.title = pageTitle;
    setPrintFooter(document, undefined);
    actions.hidden = true;
    noticeArea.replaceChildren();
    container.replaceChildren(renderMessage(message));
  }

  async function showContract(data: Record<string, unknown>, run: number, errors: FieldError[] = [], options: ShowOptions = {}, offerRenewal = false): Promise<ShowResult | undefined> {
    let check: SignatureCheck;
    let wordingUsed: string;
    try {
      [check, wordingUsed] = await Promise.all([checkSignatures(data), wording]);
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
    const doc = contractDocument({ layout, clauses, language }, data, check);
    const notices: HTMLElement[] = [];
    // A draft saved with answers that do not fit still shows, with what to correct above it.
    if (errors.length) {
      notices.push(
        renderMessage({
          kind: "invalid",
          title: "Some answers do not fit the questions",
          text: ["The workbook kept these answers so that nothing you typed is lost. Correct them in the workbook before you print or sign; until then they may show here as not answered."],
          details: errors.map((error) => error.message),
          link: { href: workbookHref(), text: "Correct them in the workbook" },
        }),
      );
    }
    // Signatures that no longer cover the answers are said at the top, not only at the signatures.
    const outdated = doc.signing?.signatures.filter((signature) => signature.status === "outdated") ?? [];
    if (outdated.length) {
      const who = outdated.map((signature) => signature.partnerName);
      notices.push(
        renderMessage({
          kind: "outdated",
          title: "Your answers changed after you signed",
          text: [
            `${who.join(" and ")} signed an earlier version of this contract, so ${outdated.length > 1 ? "those signatures no longer cover" : "that signature no longer covers"} what it says now. Read it through together, then sign again in the workbook.`,
          ],
          link: { href: workbookHref("signing"), text: "Sign again in the workbook" },
        }),
      );
    }
    // The couple's own contract, not one handed to the page to print, is offered for renewal.
    const offer = offerRenewal ? renewalOffer(doc, data, todayIso(), language) : undefined;
    if (offer) notices.push(offer);
    // The map is a chunk of its own: loaded before the contract shows, so a PDF taken once it is ready has it.
    const map = await loadDifferenceMap(layout, data, { language });
    if (run !== generation) return undefined;
    noticeArea.replaceChildren(...notices);
    container.replaceChildren(renderContract(doc, map));
    current = data;
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
    revealLinkedPart(container);
    return { ok: true, fingerprint: check.fingerprint, wording: wordingUsed };
  }

  async function showOpened(opened: OpenedContract): Promise<void> {
    const run = ++generation;
    switch (opened.kind) {
      case "loaded":
        await showContract(opened.data, run, opened.errors, {}, true);
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

  return { showOpened, show, shown: () => current };
}

/**
 * A link into the contract (the guide's to its map, `#where-you-differ`) arrives
 * before the script has drawn what it points to, so the browser could not scroll
 * there: once the contract shows, go to it, the first time only.
 */
function revealLinkedPart(container: HTMLElement): void {
  if (revealed || location.hash.length < 2) return;
  revealed = true;
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  // At once, as a browser goes to a fragment on load: a smooth scroll of many screens could end short if the layout moves meanwhile.
  if (target && container.contains(target)) target.scrollIntoView({ behavior: "instant", block: "start" });
}
let revealed = false;
