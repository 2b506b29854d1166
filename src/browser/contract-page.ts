import { createContractView, type ShowResult } from "./contract/contract-view.ts";
import { createContractStore } from "./storage/contract-store.ts";
import { readEmbeddedSchema } from "./read-embedded-schema.ts";
import { openSavedContract } from "./storage/open-saved-contract.ts";
import { registerServiceWorker } from "./register-service-worker.ts";

/**
 * What the contract page offers a program driving it (the PDF command line):
 * `show(jsonText)` validates a contract and shows it in place of the saved one.
 * Wait for `globalThis.autonomyContract` to exist, call `show`, and print once it
 * resolves `ok` (the root element's `data-contract-ready` is then "true").
 */
export interface ContractPageApi {
  show(jsonText: string): Promise<ShowResult>;
}

declare global {
  var autonomyContract: ContractPageApi | undefined;
}

/** The contract view page: shows the contract saved on this device, or one handed to it. */
export function startContractPage(): void {
  const container = document.querySelector<HTMLElement>("[data-contract]");
  const actions = document.querySelector<HTMLElement>("[data-contract-actions]");
  if (!container || !actions) throw new Error("the contract page is missing its container or its actions");
  const schema = readEmbeddedSchema(document);
  const view = createContractView({ schema, container, actions });

  for (const notice of document.querySelectorAll("[data-needs-script]")) notice.remove();
  actions.querySelector("[data-print]")?.addEventListener("click", () => window.print());
  globalThis.autonomyContract = { show: (jsonText) => view.show(jsonText) };

  void view.showOpened(openSavedContract(createContractStore(() => localStorage, schema.version), schema));
}

registerServiceWorker();
startContractPage();
