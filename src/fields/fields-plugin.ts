import path from "node:path";
import type { CollectionItem, UserConfig } from "@11ty/eleventy";
import { checkSignatures } from "../contract/check-signatures.ts";
import { parseContractJson } from "../contract/parse-contract-json.ts";
import { validateContract } from "../contract/validate-contract.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { loadSchema } from "../schema/load-schema.ts";
import { checkRenderedForm } from "./check-rendered-form.ts";
import { renderForm } from "./render-form.ts";
import { renderQuestions } from "./render-questions.ts";
import { readFile } from "node:fs/promises";

/** Where, in the data folder, the schema and the sample contract live. */
const SCHEMA = "contract.schema.json";
const SAMPLE = "examples/sample-contract.json";

/** The page whose form the build checks against the schema (by URL: /print/workbook/ is paper, not the form). */
const WORKBOOK_URL = "/workbook/";

/**
 * The contract schema in the build: it is checked before anything renders (and the
 * sample contract validated against it), then drives the workbook form and each
 * step's questions. After rendering, the workbook page is checked against the schema,
 * so a form that drifts from it fails the build, naming the field.
 */
export function fieldsPlugin(config: UserConfig): void {
  let schema: CompiledSchema | undefined;
  let workbookChecked = false;
  const current = () => {
    if (!schema) throw new Error("the contract schema was asked for before it was loaded");
    return schema;
  };

  config.on("eleventy.before", async ({ directories }) => {
    workbookChecked = false;
    schema = await loadSchema(path.join(directories.data, SCHEMA));
    await checkSample(schema, path.join(directories.data, SAMPLE));
  });

  config.addGlobalData("contractSchema", () => ({
    version: current().version,
    // Embedded as a JSON data block: "<" is escaped so no text can close the element.
    json: JSON.stringify(current().root).replaceAll("<", "\\u003c"),
  }));

  config.addFilter("workbookForm", (steps: CollectionItem<Record<string, any>>[]) =>
    renderForm(
      current().tree,
      steps.map((item) => ({ step: item.data.step, title: item.data.title, url: item.url })),
    ),
  );
  config.addFilter("stepQuestions", (step: number) => renderQuestions(current().tree, step));

  config.addTransform("checkWorkbookForm", function (content) {
    if (this.page.url === WORKBOOK_URL) {
      const problems = checkRenderedForm(content, current().tree);
      if (problems.length) {
        throw new Error(`the workbook form does not match the contract schema:\n  ${problems.join("\n  ")}`);
      }
      workbookChecked = true;
    }
    return content;
  });

  config.on("eleventy.after", () => {
    if (!workbookChecked) throw new Error("no /workbook/ page was built, so its form could not be checked against the schema");
  });
}

async function checkSample(schema: CompiledSchema, file: string): Promise<void> {
  const parsed = parseContractJson(await readFile(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const result = validateContract(schema, parsed.value, "complete");
  const errors = result.ok ? (await checkSignatures(result.contract)).errors : result.errors;
  if (errors.length) {
    throw new Error(`${file} is not a valid signed contract:\n  ${errors.map((e) => `${e.path}: ${e.message}`).join("\n  ")}`);
  }
}
