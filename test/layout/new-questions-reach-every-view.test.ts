import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { resign, sampleContract } from "../helpers/contracts.ts";
import { runBuild } from "../helpers/run-build.ts";
import { copySiteSources } from "../helpers/site-sources.ts";

/**
 * The promise of the one layout: a question added to the schema alone reaches every
 * view of the contract, with no change to any renderer. The schema of a copy of the
 * site gets a new question asked of both partners (step 1), a new question the two
 * answer together (step 6) and a new list (step 7); the real build then makes the
 * site and its PDFs from it.
 */
let dir = "";
const site = () => path.join(dir, "dist");
const page = (url: string) => parseHTML(readFileSync(path.join(site(), url, "index.html"), "utf8")).document;

async function extendSchema(file: string): Promise<void> {
  const schema = JSON.parse(await readFile(file, "utf8"));
  schema.$defs.batteryPack.properties.quietPlace = { title: "My quiet place", description: "Where you go to recharge.", type: "string", maxLength: 80 };
  schema.properties.guardrails.properties.repairWords = { title: "Our words for coming back after a pause", type: "string", maxLength: 120 };
  schema.properties.deeperWe.properties.adventures = {
    title: "Adventures we plan together",
    type: "array",
    maxItems: 3,
    items: {
      title: "Adventure",
      type: "object",
      additionalProperties: false,
      required: ["what"],
      properties: {
        what: { title: "What we will do", type: "string", minLength: 1, maxLength: 80 },
        season: { title: "When", type: "string", enum: ["Spring", "Summer", "Autumn", "Winter"] },
      },
    },
  };
  await writeFile(file, JSON.stringify(schema, null, 2));
}

beforeAll(async () => {
  dir = await copySiteSources();
  await extendSchema(path.join(dir, "data/contract.schema.json"));
  const run = runBuild(["--input", "content", "--output", "dist"], dir);
  if (run.status !== 0) throw new Error(`the extended site did not build:\n${run.stderr}`);
}, 180_000);

const session = useBrowserSession(site);

describe("a question added to the schema alone", () => {
  it("appears in the workbook form, for each partner, together, and in the list's template", () => {
    const form = page("workbook").querySelector("form[data-workbook]") as Element;
    const names = Array.from(form.querySelectorAll("[name]"), (control) => control.getAttribute("name"));
    expect(names).toEqual(expect.arrayContaining(["batteryPack.a.quietPlace", "batteryPack.b.quietPlace", "guardrails.repairWords"]));
    const template = form.querySelector('template[data-item-template="deeperWe.adventures"]') as HTMLTemplateElement;
    const inTemplate = parseHTML(`<div>${template.innerHTML}</div>`).document;
    expect(Array.from(inTemplate.querySelectorAll("[name]"), (control) => control.getAttribute("name"))).toEqual([
      "deeperWe.adventures.#.what",
      ...Array(4).fill("deeperWe.adventures.#.season"),
    ]);
    expect(form.querySelector('label[for="f-batteryPack-b-quietPlace"]')?.textContent).toContain("My quiet place");
  });

  it("appears in the printed workbook, each partner's beside the other's, and the list with a row per item", () => {
    const paper = page("print/workbook");
    const areas = Array.from(paper.querySelectorAll("[data-field]"), (area) => area.getAttribute("data-field"));
    expect(areas).toEqual(expect.arrayContaining(["batteryPack.a.quietPlace", "batteryPack.b.quietPlace", "guardrails.repairWords"]));
    expect(areas.filter((name) => name?.startsWith("deeperWe.adventures."))).toEqual([
      "deeperWe.adventures.0.what",
      ...Array(4).fill("deeperWe.adventures.0.season"),
      "deeperWe.adventures.1.what",
      ...Array(4).fill("deeperWe.adventures.1.season"),
      "deeperWe.adventures.2.what",
      ...Array(4).fill("deeperWe.adventures.2.season"),
    ]);
    const pairRow = paper.querySelector('[data-field="batteryPack.a.quietPlace"]')?.closest(".paper-pair");
    expect(pairRow?.querySelector('[data-field="batteryPack.b.quietPlace"]')).not.toBeNull();
  });

  it("becomes fields of the fillable workbook PDF", async () => {
    const pdf = await PDFDocument.load(await readFile(path.join(site(), "downloads/workbook-fillable-a4.pdf")));
    const names = pdf.getForm().getFields().map((field) => field.getName());
    expect(names).toEqual(
      expect.arrayContaining(["batteryPack.a.quietPlace", "batteryPack.b.quietPlace", "guardrails.repairWords", "deeperWe.adventures.2.what", "deeperWe.adventures.0.season"]),
    );
  });

  it("is listed among the step's questions in the guide", () => {
    const list = (url: string, heading: string) =>
      Array.from(page(url).querySelectorAll(".step-questions h3"))
        .find((element) => element.textContent === heading)
        ?.nextElementSibling?.textContent ?? "";
    expect(list("steps/1-battery-pack", "Each of you answers")).toContain("My quiet place");
    expect(list("steps/6-autonomy-or-avoidance", "The two of you answer together")).toContain("Our words for coming back after a pause");
    expect(list("steps/7-a-deeper-we", "The two of you answer together")).toContain("Adventures we plan together");
  });

  it("is shown in the contract view, answered", async () => {
    const contract = sampleContract();
    contract.batteryPack.a.quietPlace = "The allotment shed";
    contract.batteryPack.b.quietPlace = "The pool at 7 am";
    contract.guardrails.repairWords = "Ready when you are";
    contract.deeperWe.adventures = [{ what: "Walk the coast path", season: "Spring" }];
    const text = JSON.stringify(await resign(contract));
    await session().withPage(async (tab) => {
      await tab.goto(`${session().server.url}/contract/`);
      await tab.waitForFunction(() => globalThis.autonomyContract !== undefined);
      const shown = await tab.evaluate((json) => globalThis.autonomyContract!.show(json), text);
      expect(shown.ok).toBe(true);
      const at = (path: string) => tab.$eval(`[data-path="${path}"]`, (element) => element.textContent);
      expect(await at("batteryPack.a.quietPlace")).toBe("The allotment shed");
      expect(await at("batteryPack.b.quietPlace")).toBe("The pool at 7 am");
      expect(await at("guardrails.repairWords")).toBe("Ready when you are");
      expect(await at("deeperWe.adventures")).toContain("Walk the coast path");
      expect(await at("deeperWe.adventures")).toContain("Spring");
    });
  });
});
