import { describe, expect, it } from "vitest";
import { showSignatureStatus } from "../../../src/browser/workbook/signature-status.ts";
import { createWorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import { fingerprint } from "../../../src/contract/fingerprint.ts";
import { sampleContract } from "../../helpers/contracts.ts";
import { pageElement } from "../../helpers/workbook-fakes.ts";

const FORM = `<form>
<p>Version code of your answers now: <strong data-current-version></strong></p>
<p data-signature-status="signatures.a"></p>
<p data-signature-status="signatures.b"></p>
</form>`;

/** Shows the status of `data` in a fresh form, and returns the form. */
async function statusOf(data: Record<string, unknown>): Promise<HTMLElement> {
  const form = pageElement(FORM) as HTMLFormElement;
  const state = createWorkbookState();
  state.data = data;
  await showSignatureStatus(form, state);
  return form;
}

const line = (form: HTMLElement, partner: "a" | "b") => form.querySelector<HTMLElement>(`[data-signature-status="signatures.${partner}"]`);

describe("showSignatureStatus", () => {
  it("shows the version code of the answers now: the fingerprint's first eight characters in two groups, never the hash", async () => {
    const contract = sampleContract();
    const form = await statusOf(contract);
    const print = await fingerprint(contract);
    expect(form.querySelector("[data-current-version]")?.textContent).toBe(`${print.slice(0, 4)} ${print.slice(4, 8)}`);
    expect(form.textContent).not.toContain(print);
  });

  it("says who signed, when in words, and the version code they signed, under a signature that covers the answers", async () => {
    const contract = sampleContract();
    const code = (await fingerprint(contract)).slice(0, 4);
    const form = await statusOf(contract);
    expect(line(form, "a")?.textContent).toMatch(new RegExp(`^Signed by Maya Okafor on 1 March 2026, version ${code} [0-9a-f]{4}: the version of your answers as they are now\\.$`));
    expect(line(form, "a")?.dataset.state).toBe("signed");
  });

  it("gives each partner's signature state back", async () => {
    const contract = sampleContract();
    delete contract.signatures.b.fingerprint;
    const form = pageElement(FORM) as HTMLFormElement;
    const state = createWorkbookState();
    state.data = contract;
    expect(await showSignatureStatus(form, state)).toEqual({ a: "signed", b: "unsigned" });
  });

  it("says a partner has not signed yet", async () => {
    const contract = sampleContract();
    delete contract.signatures.b.fingerprint;
    const form = await statusOf(contract);
    expect([line(form, "b")?.textContent, line(form, "b")?.dataset.state]).toEqual(["Not signed yet.", "unsigned"]);
    expect(line(form, "a")?.dataset.state).toBe("signed");
  });

  it("asks a partner to sign again once an answer changed after they signed", async () => {
    const contract = sampleContract();
    contract.guardrails.distanceSignal = "A new signal";
    const form = await statusOf(contract);
    expect(line(form, "b")?.textContent).toMatch(
      /^Jonas Lind signed an earlier version \([0-9a-f]{4} [0-9a-f]{4}\)\. Answers have changed since, so this signature no longer covers the contract: sign again\.$/,
    );
    expect(line(form, "b")?.dataset.state).toBe("outdated");
  });
});
