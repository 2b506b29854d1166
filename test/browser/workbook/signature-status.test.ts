import { describe, expect, it } from "vitest";
import { showSignatureStatus } from "../../../src/browser/workbook/signature-status.ts";
import { createWorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import { fingerprint } from "../../../src/contract/fingerprint.ts";
import { sampleContract } from "../../helpers/contracts.ts";
import { pageElement } from "../../helpers/workbook-fakes.ts";

const FORM = `<form>
<p>Fingerprint: <code data-current-fingerprint></code></p>
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
  it("shows the fingerprint of the answers now, in groups of eight to read aloud", async () => {
    const contract = sampleContract();
    const form = await statusOf(contract);
    const shown = form.querySelector("[data-current-fingerprint]")?.textContent ?? "";
    expect(shown.replaceAll(" ", "")).toBe(await fingerprint(contract));
    expect(shown.split(" ").every((group) => group.length <= 8)).toBe(true);
    expect(shown.split(" ").length).toBeGreaterThan(1);
  });

  it("says who signed and when, under a signature that covers the answers", async () => {
    const form = await statusOf(sampleContract());
    expect(line(form, "a")?.textContent).toBe("Signed by Maya Okafor on 2026-03-01. The fingerprint above is what this signature covers.");
    expect(line(form, "a")?.dataset.state).toBe("signed");
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
    expect(line(form, "b")?.textContent).toBe(
      "Jonas Lind signed an earlier version. Answers have changed since, so this signature no longer covers the contract: sign again.",
    );
    expect(line(form, "b")?.dataset.state).toBe("outdated");
  });
});
