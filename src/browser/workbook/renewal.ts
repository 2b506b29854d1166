import type { AnswerActions } from "./answer-actions.ts";
import { changeList } from "../../compare/change-list.ts";
import { renewContract } from "../../contract/renew-contract.ts";
import { contractVersionOf } from "../../contract/renewal-chain.ts";
import { createRenewalStore, type PreviousVersion } from "../storage/renewal-store.ts";
import { renderChangeList } from "./render-change-list.ts";
import { VIEWS } from "./workbook-stops.ts";
import type { RenewalKit } from "./renewal-kit.ts";

// This module is part of the chunk loaded off the way through the steps
// (off-the-way.ts). It imports what only renewal uses (the change list, the kept
// version's store); what it shares with the workbook's script comes in `kit`
// (renewal-kit.ts), so that code stays in the page's own file.

/** The workbook view where a renewal starts and shows what changed (layouts/partials/renewal-view.njk). */
const RENEW_VIEW = VIEWS.renew;

/** What a renewal needs from the workbook. */
export interface RenewalOptions extends AnswerActions {
  document: Document;
  kit: RenewalKit;
  /** Opens a view of the workbook by its fragment. */
  go: (fragment: string) => void;
}

/** Renewal in the workbook: starting one, and the list of what changed. */
export interface Renewal {
  /** Fills the renewal view: how to start, or what changed so far. */
  show(): Promise<void>;
  /** Fills the check view's "What changed" part during a renewal, and hides it otherwise. */
  showInCheck(): Promise<void>;
}

/**
 * Renewing a signed contract (issue 13, part 5). The couple starts from the signed
 * contract the workbook holds, or opens the signed PDF they kept (its attached
 * contract, read on this device) or a contract file. The signed version is kept
 * beside the draft (renewal-store.ts) and the draft becomes its renewal
 * (renewContract): the same answers, the next version number, the previous
 * fingerprint, no signatures, new dates to choose. While the draft renews that
 * version, the renewal view and "check your answers" list what changed since.
 */
export function createRenewal(options: RenewalOptions): Renewal {
  const { document, state, notices, announce } = options;
  const shared = options.kit;
  const kit = { ...shared, changeList: (before: Record<string, unknown>, after: Record<string, unknown>) => changeList(shared.layout, before, after), renderChangeList, renewContract, contractVersionOf };
  const store = createRenewalStore(shared.getStorage, shared.lock);
  const view = document.querySelector<HTMLElement>(`[data-view="${RENEW_VIEW}"]`);
  const find = <T extends HTMLElement>(selector: string) => {
    const found = view?.querySelector<T>(selector);
    if (!found) throw new Error(`the renewal view has no ${selector}`);
    return found;
  };
  const parts = {
    start: find("[data-renewal-start]"),
    held: find("[data-renewal-held]"),
    lost: find("[data-renewal-lost]"),
    file: find<HTMLInputElement>("[data-renew-file]"),
    progress: find("[data-renewal-progress]"),
    kept: find("[data-renewal-kept]"),
    title: find("[data-renewal-changes-title]"),
    changes: find("[data-renewal-changes]"),
    map: find("[data-renewal-map]"),
  };
  const checkPart = document.querySelector<HTMLElement>("[data-check-changes]");
  // The kept version in memory: it stands even when this browser does not let it be stored.
  let previous: PreviousVersion | undefined;

  /** The version the draft renews, when it is the one kept. */
  const renewing = async (): Promise<PreviousVersion | undefined> => {
    previous ??= await store.read();
    return previous && kit.previousFingerprintOf(state.data) === previous.fingerprint ? previous : undefined;
  };

  const fail = (title: string, text: string) => notices.show({ id: "renewal", tone: "error", title, text });

  async function start(original: Record<string, unknown>, source: string): Promise<void> {
    const notStarted = "The renewal did not start";
    const opened = kit.openValue(original);
    if (opened.kind !== "loaded") return fail(notStarted, `${source}: ${opened.message} Your current answers are unchanged.`);
    const signatures = await kit.checkSignatures(original);
    if (!kit.signedByBoth(original) || signatures.errors.length) {
      return fail(notStarted, `${source} is not a contract you have both signed, so there is no signed version to renew yet. Open it with “Open a file” to finish it and sign it. Your current answers are unchanged.`);
    }
    const print = signatures.fingerprint;
    const version = kit.contractVersionOf(original);
    // The draft already renews this very version (its kept copy was lost: another
    // passphrase, another browser): keep the version again, and the draft as it is.
    if (kit.previousFingerprintOf(state.data) === print && !kit.signedByBoth(state.data)) {
      previous = { version, fingerprint: print, data: opened.data };
      const kept = (await store.write(previous)).ok;
      notices.show({
        id: "renewal",
        tone: kept ? "success" : "warning",
        title: `Your signed version ${version} is back to compare with`,
        text: `${kept ? "It is kept on this device again." : "It is kept only while this page is open: this browser is not letting it be stored."} Your draft of version ${version + 1} is unchanged.`,
      });
      return options.go(RENEW_VIEW);
    }
    const same = (await kit.checkSignatures(state.data)).fingerprint === print;
    if (!same && !kit.holdsNothingGiven(state.data)) {
      const yes = await options.confirm({
        title: "Replace your answers?",
        text: "Renewing puts the signed contract’s answers in this workbook, in place of the ones it holds now. Save your current answers to a file first if you may want them back.",
        confirmLabel: "Replace my answers and renew",
      });
      if (!yes) return announce("Nothing was changed");
    }
    previous = { version, fingerprint: print, data: opened.data };
    const kept = (await store.write(previous)).ok;
    options.load(kit.renewContract(opened.data, print));
    const saved = (await options.saving.save())?.ok === true;
    notices.show({
      id: "renewal",
      tone: kept && saved ? "success" : "warning",
      title: `You are renewing your contract: version ${version + 1}`,
      text: [
        kept ? `Your signed version ${version} is kept on this device to compare with.` : `Your signed version ${version} is kept only while this page is open: this browser is not letting it be stored. Keep the PDF or file you renewed from.`,
        `Its answers are in the workbook as version ${version + 1}, not signed yet. Choose your new start and review dates, change what your lives have changed, then sign it together again.`,
        saved ? "" : "Your answers are not being stored on this device: see the message above.",
      ].filter(Boolean).join(" "),
    });
    options.go(RENEW_VIEW);
  }

  async function startFromFile(file: File): Promise<void> {
    const notOpened = `“${file.name}” was not opened`;
    const isPdf = new TextDecoder().decode(await file.slice(0, 5).arrayBuffer()) === "%PDF-";
    if (file.size > (isPdf ? kit.maxBytes.pdf : kit.maxBytes.json)) return fail(notOpened, "It is too large to be an Autonomy Contract. Your current answers are unchanged.");
    let text: string;
    if (isPdf) {
      announce("Reading the PDF");
      const read = await kit.readPdf(new Uint8Array(await file.arrayBuffer()));
      if (read.kind !== "contract") {
        return fail(notOpened, `It is a PDF, but not a signed Autonomy Contract from this site${read.kind === "refused" ? `: ${read.message}` : " (it is a workbook)."} Your current answers are unchanged.`);
      }
      text = read.text;
    } else {
      text = await file.text();
    }
    const parsed = kit.parseContractJson(text);
    if (!parsed.ok) return fail(notOpened, `Cannot open it: ${parsed.message}. Your current answers are unchanged.`);
    await start(parsed.value, `“${file.name}”`);
  }

  async function show(): Promise<void> {
    // Once both have signed the renewal, it is done: the view offers to renew that version in turn.
    const signed = kit.signedByBoth(state.data) && (await kit.checkSignatures(state.data)).errors.length === 0;
    const current = signed ? undefined : await renewing();
    parts.start.hidden = current !== undefined;
    parts.progress.hidden = current === undefined;
    parts.held.hidden = !signed;
    // A draft that renews a version this device no longer keeps says how to compare again.
    const lost = !signed && !current && typeof kit.previousFingerprintOf(state.data) === "string";
    parts.lost.hidden = !lost;
    if (!current) return;
    parts.kept.textContent = `Your signed version ${current.version} is kept on this device to compare with. This draft is version ${current.version + 1}: when you have both read it through, sign it again.`;
    parts.title.textContent = `What changed since version ${current.version}`;
    parts.changes.replaceChildren(...kit.renderChangeList(kit.changeList(current.data, state.data), current.version));
    // The review is also the moment to look again at where the two meet and differ, as the answers stand now.
    parts.map.replaceChildren(await kit.drawMap(state.data, document.documentElement.lang || "en"));
  }

  view?.addEventListener("click", (event) => {
    const action = (event.target as Element).closest<HTMLElement>("[data-renew]")?.dataset.renew;
    if (action === "held") void start(structuredClone(state.data), "The contract in this workbook");
    if (action === "file") parts.file.click();
  });
  parts.file.addEventListener("change", () => {
    const file = parts.file.files?.[0];
    parts.file.value = "";
    if (file) void startFromFile(file);
  });

  return {
    show,
    async showInCheck() {
      if (!checkPart) return;
      const current = await renewing();
      checkPart.hidden = current === undefined;
      if (!current) return checkPart.replaceChildren();
      const heading = document.createElement("h3");
      heading.className = "check-section-title";
      heading.textContent = `What changed since version ${current.version}`;
      checkPart.replaceChildren(heading, ...kit.renderChangeList(kit.changeList(current.data, state.data), current.version));
    },
  };
}
