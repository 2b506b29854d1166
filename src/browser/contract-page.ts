import { offerCalendar } from "./contract/calendar-download.ts";
import { createContractView, type ShowOptions, type ShowResult } from "./contract/contract-view.ts";
import { createDeviceLock } from "./lock/device-lock.ts";
import { createSealedStore } from "./lock/sealed-store.ts";
import { startContractSafety } from "./lock/contract-safety.ts";
import { createContractStore } from "./storage/contract-store.ts";
import { readEmbeddedClauses } from "./read-embedded-clauses.ts";
import { readEmbeddedSchema } from "./read-embedded-schema.ts";
import { openSavedContract } from "./storage/open-saved-contract.ts";
import { registerServiceWorker } from "./register-service-worker.ts";

/**
 * What the contract page offers a program driving it (the PDF command line):
 * `show(jsonText)` validates a contract and shows it in place of the saved one, and
 * answers its fingerprint and the hash of the agreement's wording.
 * Wait for `globalThis.autonomyContract` to exist, call `show`, and print once it
 * resolves `ok` (the root element's `data-contract-ready` is then "true").
 */
export interface ContractPageApi {
  show(jsonText: string, options?: ShowOptions): Promise<ShowResult>;
}

declare global {
  var autonomyContract: ContractPageApi | undefined;
}

/** The contract view page: shows the contract saved on this device, or one handed to it. */
export function startContractPage(): void {
  const container = document.querySelector<HTMLElement>("[data-contract]");
  const actions = document.querySelector<HTMLElement>("[data-contract-actions]");
  const notices = document.querySelector<HTMLElement>("[data-contract-notices]");
  if (!container || !actions || !notices) throw new Error("the contract page is missing its container, its notices or its actions");
  const schema = readEmbeddedSchema(document);
  const view = createContractView({ schema, clauses: readEmbeddedClauses(document), language: document.documentElement.lang || "en", container, notices, actions });

  for (const notice of document.querySelectorAll("[data-needs-script]")) notice.remove();
  actions.querySelector("[data-print]")?.addEventListener("click", () => window.print());
  // With a passphrase set, the stored contract is sealed, and the page opens locked (issue 15).
  const lock = createDeviceLock(() => localStorage);
  const store = createSealedStore(createContractStore(() => localStorage, schema.version), lock);
  const safety = startContractSafety({ document, window, lock, store, notices, showStored: () => view.showOpened(openSavedContract(store, schema)) });
  // A handed contract is not stored data: no lock stands in its way (the PDF command prints through this).
  globalThis.autonomyContract = {
    show: (jsonText, options) => {
      safety.handed();
      return view.show(jsonText, options);
    },
  };
  const calendar = actions.querySelector<HTMLButtonElement>("[data-calendar]");
  const calendarStatus = actions.querySelector<HTMLElement>("[data-calendar-status]");
  if (calendar && calendarStatus) offerCalendar(calendar, calendarStatus, () => view.shown());
}

registerServiceWorker();
startContractPage();
