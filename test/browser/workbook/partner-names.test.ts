import { describe, expect, it } from "vitest";
import { showPartnerNames } from "../../../src/browser/workbook/partner-names.ts";
import { pageElement } from "../../helpers/workbook-fakes.ts";

const FORM = `<form>
<h3><span data-partner-name="a">Partner A</span>'s answers</h3>
<h3><span data-partner-name="b">Partner B</span>'s answers</h3>
<p>Both: <span data-partner-name="a"></span> and <span data-partner-name="b"></span></p>
<button data-sign="signatures.a">Sign the contract</button>
<button data-sign="signatures.b">Sign the contract</button>
</form>`;

const texts = (form: HTMLElement, selector: string) => Array.from(form.querySelectorAll(selector), (element) => element.textContent);

describe("showPartnerNames", () => {
  it("writes each partner's name wherever the form speaks of them", () => {
    const form = pageElement(FORM);
    showPartnerNames(form, { couple: { a: { name: "Maya Okafor" }, b: { name: "Jonas Lind" } } });
    expect(texts(form, "[data-partner-name]")).toEqual(["Maya Okafor", "Jonas Lind", "Maya Okafor", "Jonas Lind"]);
  });

  it("labels each partner's sign button with their name", () => {
    const form = pageElement(FORM);
    showPartnerNames(form, { couple: { a: { name: "Maya Okafor" }, b: { name: "Jonas Lind" } } });
    expect(texts(form, "[data-sign]")).toEqual(["Sign as Maya Okafor", "Sign as Jonas Lind"]);
  });

  it("goes back to Partner A and Partner B when a name is emptied or only spaces", () => {
    const form = pageElement(FORM);
    showPartnerNames(form, { couple: { a: { name: "Maya" } } });
    showPartnerNames(form, { couple: { a: { name: "   " } } });
    expect(texts(form, "[data-sign]")).toEqual(["Sign as Partner A", "Sign as Partner B"]);
    expect(texts(form, "[data-partner-name]")).toEqual(["Partner A", "Partner B", "Partner A", "Partner B"]);
  });
});
