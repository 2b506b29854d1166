import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readEmbeddedSchema } from "../../../src/browser/read-embedded-schema.ts";
import { createChecking } from "../../../src/browser/workbook/checking.ts";
import { localDate } from "../../../src/browser/workbook/local-date.ts";
import { createSigning, type Signing } from "../../../src/browser/workbook/signing.ts";
import { createWorkbookState, type WorkbookState } from "../../../src/browser/workbook/workbook-state.ts";
import { setAt } from "../../../src/contract/field-path.ts";
import { fingerprint } from "../../../src/contract/fingerprint.ts";
import { sampleContract } from "../../helpers/contracts.ts";
import { workbookDom } from "../../helpers/workbook-dom.ts";
import { recordingSaving } from "../../helpers/workbook-fakes.ts";

let page: ReturnType<typeof workbookDom>;
let state: WorkbookState;
let saving: ReturnType<typeof recordingSaving>;
let announced: string[];
let signing: Signing;

const dateInput = (partner: string) => page.form.querySelector<HTMLInputElement>(`input[name="signatures.${partner}.date"]`) as HTMLInputElement;
const fingerprintOutput = (partner: string) =>
  page.form.querySelector<HTMLOutputElement>(`output[name="signatures.${partner}.fingerprint"]`) as HTMLOutputElement;

beforeEach(() => {
  page = workbookDom();
  state = createWorkbookState();
  saving = recordingSaving();
  announced = [];
  const schema = readEmbeddedSchema(page.document);
  const checking = createChecking({ schema, state, form: page.form, summary: page.summary });
  // The form view reads the whole form; here only the signature's date and fingerprint
  // change under signing, so those two are read back into the answers.
  const refresh = () => {
    for (const partner of ["a", "b"]) {
      setAt(state.data, ["signatures", partner, "date"], dateInput(partner).value || undefined);
      setAt(state.data, ["signatures", partner, "fingerprint"], fingerprintOutput(partner).value || undefined);
    }
  };
  signing = createSigning({ state, form: page.form, summary: page.summary, checking, saving, refresh, announce: (text) => void announced.push(text) });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The sample contract, unsigned, with its answers in the page. */
function unsigned(): Record<string, any> {
  const contract = sampleContract();
  for (const partner of ["a", "b"]) {
    delete contract.signatures[partner].fingerprint;
    dateInput(partner).value = contract.signatures[partner].date;
  }
  state.data = contract;
  return contract;
}

const summaryLines = () => Array.from(page.summary.querySelectorAll("[data-error-list] a"), (link) => link.textContent);

describe("createSigning: sign", () => {
  it("writes the fingerprint of the answers into the signer's signature", async () => {
    const contract = unsigned();
    const expected = await fingerprint(contract);
    await signing.sign("signatures.a");
    expect(fingerprintOutput("a").value).toBe(expected);
    expect(fingerprintOutput("b").value ?? "").toBe("");
  });

  it("saves at once, not after the typing pause, and says who signed", async () => {
    unsigned();
    await signing.sign("signatures.b");
    expect(saving.cancel).toHaveBeenCalledOnce();
    expect(saving.save).toHaveBeenCalledOnce();
    expect(announced).toEqual(["Signed by Jonas Lind"]);
  });

  it("dates a signature the signer left undated with today's date", async () => {
    unsigned();
    dateInput("a").value = "";
    await signing.sign("signatures.a");
    expect(dateInput("a").value).toBe(localDate(new Date()));
    expect(fingerprintOutput("a").value).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a date the signer gave", async () => {
    unsigned();
    await signing.sign("signatures.a");
    expect(dateInput("a").value).toBe("2026-03-01");
  });

  it("says what stops the signer, by their name, and signs nothing", async () => {
    const contract = unsigned();
    delete contract.guardrails.distanceSignal;
    await signing.sign("signatures.a");
    expect(summaryLines()).toEqual([expect.stringMatching(/^Before Maya Okafor signs: Answer “.+”$/)]);
    expect(page.summary.hidden).toBe(false);
    expect(fingerprintOutput("a").value ?? "").toBe("");
    expect(saving.save).not.toHaveBeenCalled();
  });

  it("takes the summary of an earlier refusal away once the signer signs", async () => {
    const contract = unsigned();
    delete contract.guardrails.distanceSignal;
    await signing.sign("signatures.a");
    contract.guardrails.distanceSignal = "The word “lighthouse”";
    await signing.sign("signatures.a");
    expect(page.summary.hidden).toBe(true);
  });

  it("refuses a path that is no partner's signature", async () => {
    await expect(signing.sign("guardrails")).rejects.toThrow('"guardrails" is not a partner\'s signature');
  });
});

describe("createSigning: changed", () => {
  it("takes a signature back when the signer edits it", async () => {
    unsigned();
    await signing.sign("signatures.a");
    signing.changed(page.form.querySelector('input[name="signatures.a.name"]') as Element);
    expect(fingerprintOutput("a").value).toBe("");
  });

  it("keeps a signature when another answer changes (its status says it is out of date instead)", async () => {
    unsigned();
    await signing.sign("signatures.a");
    signing.changed(page.form.querySelector('input[name="couple.a.name"]') as Element);
    signing.changed(page.form.querySelector('input[name="signatures.b.name"]') as Element);
    signing.changed();
    expect(fingerprintOutput("a").value).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a signature when the change is its own fingerprint being written", async () => {
    unsigned();
    await signing.sign("signatures.a");
    signing.changed(fingerprintOutput("a"));
    expect(fingerprintOutput("a").value).toMatch(/^[0-9a-f]{64}$/);
  });
});
