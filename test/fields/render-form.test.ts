import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { renderForm, type StepInfo } from "../../src/fields/render-form.ts";
import type { CompiledSchema } from "../../src/schema/compile-schema.ts";
import { listLeaves, type Leaf } from "../../src/schema/list-leaves.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import type { ObjectNode } from "../../src/schema/schema-node.ts";

const STEPS: StepInfo[] = [
  { step: 1, title: "Your battery pack", url: "/steps/1-battery-pack/" },
  { step: 2, title: "Rituals you don't skip", url: "/steps/2-rituals/" },
];

let schema: CompiledSchema;
let leaves: Leaf[];
let form: Element;
/** The form, then each list template's content: where controls live. */
let scopes: ParentNode[];

beforeAll(async () => {
  schema = await loadSchema();
  leaves = listLeaves(schema.tree);
  const { document } = parseHTML(`<!DOCTYPE html><html><body><form data-workbook>${renderForm(layoutContract(schema), STEPS)}</form></body></html>`);
  form = document.querySelector("form") as Element;
  scopes = [form, ...Array.from(form.querySelectorAll<HTMLTemplateElement>("template"), (template) => template.content)];
});

/** Every control named `name`, in the form or in a list template. */
function controls(name: string): Element[] {
  return scopes.flatMap((scope) => Array.from(scope.querySelectorAll("input, textarea, select, output")).filter((e) => e.getAttribute("name") === name));
}

/** The one control named `name`, with its tag, type and constraint attributes. */
function describeControl(name: string) {
  const found = controls(name);
  expect(found, name).toHaveLength(1);
  const element = found[0] as Element;
  const attributes = ["type", "required", "maxlength", "data-maxlength", "minlength", "min", "max", "step", "value", "inputmode", "data-date-value"];
  return {
    tag: element.tagName.toLowerCase(),
    ...Object.fromEntries(attributes.filter((name) => element.hasAttribute(name)).map((name) => [name, element.getAttribute(name)])),
  };
}

/** The values of the radio buttons or checkboxes named `name`, with their type and whether each is required. */
function describeChoices(name: string) {
  return controls(name).map((element) => `${element.getAttribute("type")} ${element.getAttribute("value")}${element.hasAttribute("required") ? " required" : ""}`);
}

describe("renderForm", () => {
  it("renders a control for every answer of the schema", () => {
    const missing = leaves.filter((leaf) => controls(leaf.path).length === 0).map((leaf) => leaf.path);
    expect(missing).toEqual([]);
  });

  it("names no control that the schema does not have", () => {
    const paths = new Set(leaves.map((leaf) => leaf.path));
    const names = scopes.flatMap((scope) => Array.from(scope.querySelectorAll("[name]"), (element) => element.getAttribute("name") as string));
    expect(names.filter((name) => !paths.has(name))).toEqual([]);
  });

  it.each([
    ["couple.a.name", { tag: "input", type: "text", required: "", "data-maxlength": "60" }],
    ["couple.a.pronouns", { tag: "input", type: "text", "data-maxlength": "30" }],
    ["couple.startDate", { tag: "input", type: "hidden", "data-date-value": "" }],
    ["rituals.checkIn.time", { tag: "input", type: "time", required: "" }],
    ["batteryPack.a.hoursPerWeek", { tag: "input", type: "number", required: "", min: "0", max: "80", step: "0.5", inputmode: "decimal" }],
    ["rituals.microConnection.minutes", { tag: "input", type: "number", required: "", min: "1", max: "120", step: "1", inputmode: "numeric" }],
    ["batteryPack.b.lowBatterySigns", { tag: "textarea", required: "", "data-maxlength": "400" }],
    ["defaultMoves.notes", { tag: "textarea", "data-maxlength": "600" }],
    ["rituals.list.#.name", { tag: "input", type: "text", required: "", "data-maxlength": "80" }],
    ["defaultMoves.ownMoves.#", { tag: "textarea", required: "", "data-maxlength": "200" }],
    ["signatures.witness.name", { tag: "input", type: "text", "data-maxlength": "80" }],
    ["schemaVersion", { tag: "input", type: "hidden", value: "3" }],
    ["contractVersion", { tag: "input", type: "hidden" }],
    ["draftOf", { tag: "input", type: "hidden" }],
    ["rituals.list.#.start", { tag: "input", type: "time" }],
    ["rituals.list.#.dayOfMonth", { tag: "input", type: "number", inputmode: "numeric", min: "1", max: "31", step: "1" }],
    ["individualWorlds.a.blockHours", { tag: "input", type: "number", inputmode: "decimal", required: "", min: "0.5", max: "24", step: "0.5" }],
    ["couple.timeZone", { tag: "select", required: "" }],
    ["signatures.a.strokes", { tag: "input", type: "hidden" }],
    ["signatures.b.fingerprint", { tag: "output" }],
  ])("renders %s with the control and constraints its schema implies", (name, expected) => {
    expect(describeControl(name)).toEqual(expected);
  });

  it("renders a choice as required radio buttons, one per enum value, in order", () => {
    expect(describeChoices("batteryPack.a.rhythm")).toEqual([
      "radio A little every day required",
      "radio A few longer stretches a week required",
      "radio One long stretch a week required",
      "radio Long stretches every few weeks required",
      "radio It changes from week to week required",
    ]);
  });

  it("renders a yes-or-no answer as two radio buttons, true then false", () => {
    expect(describeChoices("individualWorlds.talkBeforeBooking")).toEqual(["radio true required", "radio false required"]);
  });

  it("renders a list of choices as checkboxes, none of them required", () => {
    expect(describeChoices("defaultMoves.moves")).toEqual([
      "checkbox Take turns, and keep it fair over time",
      "checkbox Layered time",
      "checkbox A soft no with a future yes",
      "checkbox Solo plus reconnect",
    ]);
  });

  it("states every free-text limit for the character count, and never as maxlength, which would cut text silently", () => {
    // A time zone is chosen from a list, not typed.
    const texts = leaves.filter((leaf) => leaf.node.type === "string" && !leaf.node.enum && !leaf.node.format && !leaf.node.readOnly && !leaf.node["x-widget"]);
    expect(texts.length).toBeGreaterThan(20);
    const wrong = texts
      .filter((leaf) => controls(leaf.path)[0]?.getAttribute("data-maxlength") !== String((leaf.node as { maxLength?: number }).maxLength))
      .map((leaf) => leaf.path);
    expect(wrong).toEqual([]);
    expect(scopes.flatMap((scope) => Array.from(scope.querySelectorAll("[maxlength]")))).toEqual([]);
  });

  it("says each text's limit in a line its control is described by", () => {
    const control = controls("batteryPack.a.needInOneSentence")[0] as Element;
    const ids = (control.getAttribute("aria-describedby") ?? "").split(" ");
    const line = form.querySelector(`[id="${ids.find((id) => id.endsWith("-limit"))}"]`);
    expect(line?.textContent).toBe("Up to 160 characters");
  });

  it("gives a date three boxes, day, month and year in the page's order, around its hidden value", () => {
    const field = controls("couple.startDate")[0]?.closest("[data-field]");
    expect(Array.from(field?.querySelectorAll("input[data-date-part]") ?? [], (box) => [box.getAttribute("data-date-part"), box.getAttribute("inputmode"), box.hasAttribute("required")])).toEqual([
      ["day", "numeric", true],
      ["month", "numeric", true],
      ["year", "numeric", true],
    ]);
    expect(Array.from(field?.querySelectorAll("label") ?? [], (label) => label.textContent)).toEqual(["Day", "Month", "Year"]);
    expect(field?.querySelector("legend")?.textContent).toBe("The date this contract starts");
  });

  it("names the partner in every partner's answer, for screen readers (filled in with their name later)", () => {
    const tree = schema.tree as ObjectNode;
    const partnerLeaves = leaves.filter((leaf) => /\.(a|b)\./.test(leaf.path) && !leaf.node.readOnly && controls(leaf.path)[0]?.getAttribute("type") !== "hidden");
    expect(partnerLeaves.length).toBeGreaterThan(30);
    const unnamed = partnerLeaves.filter((leaf) => {
      const control = controls(leaf.path)[0] as Element;
      const partner = leaf.path.match(/\.(a|b)\./)?.[1];
      const holder = ["radio", "checkbox"].includes(control.getAttribute("type") ?? "") ? control.closest("fieldset")?.querySelector("legend") : form.querySelector(`label[for="${control.id}"]`);
      return !holder?.querySelector(`[data-partner-name="${partner}"]`);
    });
    expect(tree.properties.batteryPack).toBeDefined();
    expect(unnamed.map((leaf) => leaf.path)).toEqual([]);
  });

  it("marks as required exactly the answers the schema requires", () => {
    const typed = leaves.filter((leaf) => !["hidden", "checkbox"].includes(controls(leaf.path)[0]?.getAttribute("type") ?? "") && !leaf.node.readOnly);
    const wrong = typed.filter((leaf) => controls(leaf.path).some((element) => element.hasAttribute("required") !== leaf.required)).map((leaf) => leaf.path);
    expect(typed.length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it("does not require a partner's answers inside a section that is itself optional", () => {
    const partner: ObjectNode = {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: { name: { title: "Name", type: "string", maxLength: 5 } },
    };
    const tree: ObjectNode = {
      type: "object",
      additionalProperties: false,
      properties: { extra: { title: "Extra", type: "object", additionalProperties: false, required: ["a", "b"], properties: { a: partner, b: partner } } },
    };
    const { document } = parseHTML(`<form>${renderForm(layoutContract({ tree }), [])}</form>`);
    expect(Array.from(document.querySelectorAll("input"), (input) => `${input.getAttribute("name")} ${input.hasAttribute("required")}`)).toEqual([
      "extra.a.name false",
      "extra.b.name false",
    ]);
  });

  it("gives every id once, in the page and in each list template", () => {
    for (const scope of scopes) {
      const ids = Array.from(scope.querySelectorAll("[id]"), (element) => element.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    }
  });

  it("ties every aria-describedby and aria-labelledby to an id that exists beside it", () => {
    let checked = 0;
    for (const scope of scopes) {
      const ids = new Set(Array.from(scope.querySelectorAll("[id]"), (element) => element.id));
      const references = Array.from(scope.querySelectorAll("[aria-describedby], [aria-labelledby]")).flatMap((element) =>
        `${element.getAttribute("aria-describedby") ?? ""} ${element.getAttribute("aria-labelledby") ?? ""}`.split(/\s+/).filter(Boolean),
      );
      checked += references.length;
      expect(references.filter((id) => !ids.has(id))).toEqual([]);
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("ties each answer's description, as a hint, to its control or group", () => {
    // Hidden inputs and the read-only fingerprint show no hint.
    const described = leaves.filter(
      (leaf) => leaf.node.description && !leaf.node.readOnly && controls(leaf.path)[0]?.getAttribute("type") !== "hidden",
    );
    expect(described.length).toBeGreaterThan(20);
    const untied = described
      .filter((leaf) => {
        const element = controls(leaf.path)[0] as Element;
        const holder = ["radio", "checkbox"].includes(element.getAttribute("type") ?? "") || element.hasAttribute("data-date-value") ? element.closest("fieldset") : element;
        const hintId = (holder?.getAttribute("aria-describedby") ?? "").split(" ").find((id) => id.endsWith("-hint")) ?? "";
        const hint = scopes.map((scope) => scope.querySelector(`[id="${hintId}"]`)).find(Boolean);
        return hint?.textContent !== leaf.node.description;
      })
      .map((leaf) => leaf.path);
    expect(untied).toEqual([]);
  });

  it("points every label at a control that exists beside it", () => {
    for (const scope of scopes) {
      const ids = new Set(Array.from(scope.querySelectorAll("input[id], textarea[id], select[id]"), (element) => element.id));
      const targets = Array.from(scope.querySelectorAll("label[for]"), (label) => label.getAttribute("for") as string);
      expect(targets.filter((id) => !ids.has(id))).toEqual([]);
    }
  });

  it("puts each partner's answers in that partner's fieldset, side by side in .partners", () => {
    const tree = schema.tree as ObjectNode;
    const partnerLeaves = leaves.filter((leaf) => {
      const [section, partner] = leaf.path.split(".");
      const node = tree.properties[section as string];
      return node?.type === "object" && (partner === "a" || partner === "b") && "b" in node.properties;
    });
    expect(partnerLeaves.length).toBeGreaterThan(30);
    const misplaced = partnerLeaves
      .filter((leaf) => {
        const fieldset = controls(leaf.path)[0]?.closest("fieldset.partner");
        return fieldset?.getAttribute("data-partner") !== leaf.path.split(".")[1] || !fieldset?.parentElement?.matches(".partners");
      })
      .map((leaf) => leaf.path);
    expect(misplaced).toEqual([]);
  });

  it("keeps answers the two give together out of the partners' fieldsets", () => {
    for (const path of ["couple.startDate", "individualWorlds.talkBeforeBooking", "rituals.checkIn.day", "signatures.witness.name"]) {
      expect(controls(path)[0]?.closest(".partners"), path).toBeNull();
    }
  });

  it("renders each list's item fields inside its template, named with # for the item", () => {
    const names = (path: string) =>
      Array.from(form.querySelector<HTMLTemplateElement>(`template[data-item-template="${path}"]`)?.content.querySelectorAll("[name]") ?? [], (element) =>
        element.getAttribute("name"),
      );
    expect(names("rituals.list")).toEqual([
      "rituals.list.#.name",
      ...Array(5).fill("rituals.list.#.frequency"),
      ...Array(7).fill("rituals.list.#.days"),
      "rituals.list.#.dayOfMonth",
      "rituals.list.#.start",
      "rituals.list.#.minutes",
      "rituals.list.#.note",
    ]);
    expect(names("defaultMoves.ownMoves")).toEqual(["defaultMoves.ownMoves.#"]);
  });

  it("gives each partner a turn of their own in a step both answer, and what they answer together a last turn", () => {
    const turns = (id: string) => Array.from(form.querySelectorAll(`section#${id} [data-turn]`), (turn) => turn.getAttribute("data-turn"));
    expect(turns("step-1")).toEqual(["a", "b"]);
    expect(turns("step-5")).toEqual(["a", "b", "together"]);
    expect(turns("step-2")).toEqual([]);
    // Who you are and signing are one view each: the two side by side.
    expect(turns("about-you")).toEqual([]);
    expect(turns("signing")).toEqual([]);
    expect(form.querySelector('section#step-5 [data-turn="together"] [name="individualWorlds.talkBeforeBooking"]')).not.toBeNull();
  });

  it("makes every section a view at its own fragment, headed by a heading that can take focus", () => {
    const views = Array.from(form.querySelectorAll("section[data-view]"), (section) => [section.id, section.getAttribute("data-view"), section.querySelector("[data-view-heading]")?.getAttribute("tabindex")]);
    expect(views.map(([id]) => id)).toEqual(["about-you", "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "signing"]);
    expect(views.every(([id, view, tabindex]) => id === view && tabindex === "-1")).toBe(true);
  });

  it("names no control with # outside a list template", () => {
    const names = Array.from(form.querySelectorAll("[name]"), (element) => element.getAttribute("name") as string);
    expect(names.filter((name) => name.includes("#"))).toEqual([]);
  });

  it("heads a step's section with the guide's title for it, and links to the step", () => {
    const section = form.querySelector("section#step-1");
    expect(section?.querySelector(".section-kicker")?.textContent).toBe("Step 1 of 7 · Read step 1 in the guide");
    expect(section?.querySelector("h2")?.textContent).toBe("Your battery pack");
    expect(section?.querySelector("a.section-guide")?.getAttribute("href")).toBe("/steps/1-battery-pack/");
  });

  it("escapes the schema's words", () => {
    const tree: ObjectNode = {
      type: "object",
      additionalProperties: false,
      properties: {
        notes: {
          title: "Notes",
          type: "object",
          additionalProperties: false,
          properties: { text: { title: "<b>Bold</b> & \"quoted\"", description: "<script>alert(1)</script>", type: "string", maxLength: 10 } },
        },
      },
    };
    const html = renderForm(layoutContract({ tree }), []);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<script>");
    const { document } = parseHTML(`<form>${html}</form>`);
    expect(document.querySelector("label")?.textContent).toContain('<b>Bold</b> & "quoted"');
    expect(document.querySelector(".hint")?.textContent).toBe("<script>alert(1)</script>");
  });
});
