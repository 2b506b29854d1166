import { beforeAll, describe, expect, it } from "vitest";
import { checkRenderedForm } from "../../src/fields/check-rendered-form.ts";
import { renderForm } from "../../src/fields/render-form.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";

let schema: CompiledSchema;
/** The workbook page's form as the build renders it. */
let page: string;

beforeAll(async () => {
  schema = await loadSchema();
  page = `<!DOCTYPE html><html><body><main><form class="workbook-form" data-workbook>\n${renderForm(layoutContract(schema), [])}\n</form></main></body></html>`;
});

/** The page with the first control named `name` (its whole tag) changed by `edit`, which must change it. */
function editControl(name: string, edit: (tag: string) => string): string {
  const pattern = new RegExp(`<(input|textarea|select|output)\\b[^>]*\\bname="${name.replace(/[.#]/g, "\\$&")}"[^>]*>`);
  const tag = pattern.exec(page)?.[0];
  if (!tag) throw new Error(`no control named ${name} in the rendered form`);
  const edited = edit(tag);
  if (edited === tag) throw new Error(`the edit left ${tag} as it was`);
  return page.replace(tag, edited);
}

/** The page with `markup` added just before the end of the form. */
const withExtra = (markup: string) => page.replace("</form>", `${markup}\n</form>`);

describe("checkRenderedForm", () => {
  it("finds no problem in the rendered workbook form", () => {
    expect(checkRenderedForm(page, layoutContract(schema))).toEqual([]);
  });

  it("says so when the page has no workbook form", () => {
    expect(checkRenderedForm(page.replace(" data-workbook", ""), layoutContract(schema))).toEqual([
      "the page has no <form data-workbook>: the workbook form is missing",
    ]);
  });

  it("names a field whose control was removed", () => {
    expect(checkRenderedForm(editControl("couple.a.name", () => ""), layoutContract(schema))).toEqual([
      'couple.a.name: no control in the form (expected <input type="text">)',
    ]);
  });

  it("names a field whose control in a list template was removed", () => {
    expect(checkRenderedForm(editControl("rituals.list.#.name", () => ""), layoutContract(schema))).toEqual([
      'rituals.list.#.name: no control in the form (expected <input type="text">)',
    ]);
  });

  it("names a stray control that has no field in the schema", () => {
    expect(checkRenderedForm(withExtra('<input name="batteryPack.a.extra">'), layoutContract(schema))).toEqual([
      "batteryPack.a.extra: this control has no field in the contract schema",
    ]);
  });

  it("names a stray control outside the form's fields but inside the form, whatever its element", () => {
    expect(checkRenderedForm(withExtra('<select name="mood"><option>calm</option></select>'), layoutContract(schema))).toEqual([
      "mood: this control has no field in the contract schema",
    ]);
  });

  it("names a field whose stated limit differs from the schema's", () => {
    const html = editControl("couple.a.name", (tag) => tag.replace('data-maxlength="60"', 'data-maxlength="61"'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['couple.a.name: data-maxlength should be "60" but is "61"']);
  });

  it("names a field whose stated limit is missing", () => {
    const html = editControl("guardrails.noStonewalling", (tag) => tag.replace(' data-maxlength="400"', ""));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['guardrails.noStonewalling: data-maxlength should be "400" but is missing']);
  });

  it("names a field with a maxlength, which would cut what a person types or pastes without a word", () => {
    const html = editControl("batteryPack.a.needInOneSentence", (tag) => tag.replace(">", ' maxlength="160">'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['batteryPack.a.needInOneSentence: has maxlength="160", which the schema does not imply']);
  });

  it("names a field that does not say its limit in a line it is described by", () => {
    const html = editControl("batteryPack.a.needInOneSentence", (tag) => tag.replace(/ aria-describedby="[^"]*"/, ""));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual([
      "batteryPack.a.needInOneSentence: does not state its limit of 160 characters (a data-char-limit line its control is described by)",
    ]);
  });

  it("names a date that lost one of its boxes", () => {
    const html = page.replace(/<input [^>]*id="f-couple-startDate-month"[^>]*>/, "");
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(["couple.startDate: a date needs a box each for the day, the month and the year (input[data-date-part])"]);
  });

  it("names a required field whose required attribute was removed", () => {
    const html = editControl("guardrails.noStonewalling", (tag) => tag.replace(" required", ""));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['guardrails.noStonewalling: required should be "" but is missing']);
  });

  it("names an optional field that was marked required", () => {
    const html = editControl("couple.a.pronouns", (tag) => tag.replace(">", " required>"));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['couple.a.pronouns: has required="", which the schema does not imply']);
  });

  it("names a number field whose step differs from the schema's multipleOf", () => {
    const html = editControl("batteryPack.b.hoursPerWeek", (tag) => tag.replace('step="0.5"', 'step="1"'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['batteryPack.b.hoursPerWeek: step should be "0.5" but is "1"']);
  });

  it("names a choice whose radio value differs from the schema's enum", () => {
    const html = editControl("batteryPack.a.rhythm", (tag) => tag.replace('value="A little every day"', 'value="Every day"'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual([
      expect.stringMatching(/^batteryPack\.a\.rhythm: the choices are \["Every day",.*but the schema has \["A little every day",/),
    ]);
  });

  it("names a choice rendered as checkboxes instead of radio buttons", () => {
    const html = editControl("batteryPack.a.rhythm", (tag) => tag.replace('type="radio"', 'type="checkbox"'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual([expect.stringMatching(/^batteryPack\.a\.rhythm: expected radio buttons, found /)]);
  });

  it("names a text field rendered as another kind of control", () => {
    const html = editControl("couple.a.name", (tag) => tag.replace('type="text"', 'type="email"'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['couple.a.name: expected <input type="text">, found <input type="email">']);
  });

  it("names a text field that has a second input of the same name", () => {
    const html = withExtra('<input type="text" name="couple.a.name" data-maxlength="60" required>');
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(["couple.a.name: 2 controls share this name; expected exactly one"]);
  });

  it("names the schema version's hidden input when its value is not the schema's", () => {
    const html = editControl("schemaVersion", (tag) => tag.replace('value="3"', 'value="1"'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['schemaVersion: value should be "3"']);
  });

  it("checks the controls inside list templates too", () => {
    const html = editControl("rituals.list.#.name", (tag) => tag.replace('data-maxlength="80"', 'data-maxlength="800"'));
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual(['rituals.list.#.name: data-maxlength should be "80" but is "800"']);
  });

  it("ignores controls outside the workbook form", () => {
    const html = page.replace("</main>", '<input name="search"></main>');
    expect(checkRenderedForm(html, layoutContract(schema))).toEqual([]);
  });
});
