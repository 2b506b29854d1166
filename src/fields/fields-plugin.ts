import type { CollectionItem, UserConfig } from "@11ty/eleventy";
import { checkRenderedForm } from "./check-rendered-form.ts";
import type { ContractSource } from "./contract-source.ts";
import { renderForm } from "./render-form.ts";
import { renderQuestions } from "./render-questions.ts";
import { renderTaskList } from "./render-task-list.ts";

/** The page whose form the build checks against the schema (by URL: /print/workbook/ is paper, not the form). */
const WORKBOOK_URL = "/workbook/";

/**
 * The contract schema on the site's pages: it drives the workbook form and each
 * step's questions, and travels in the workbook and contract pages as a JSON data
 * block (with the agreement's clauses, on the contract page). After rendering, the workbook page is checked against the schema's
 * layout, so a form that drifts from it fails the build, naming the field.
 */
export function fieldsPlugin(config: UserConfig, contract?: ContractSource): void {
  if (!contract) throw new Error("fieldsPlugin needs the build's contract source (see eleventy.config.ts)");
  config.addGlobalData("contractSchema", () => ({
    version: contract.schema().version,
    // Embedded as a JSON data block: "<" is escaped so no text can close the element.
    json: JSON.stringify(contract.schema().root).replaceAll("<", "\\u003c"),
  }));

  // The agreement's clauses travel beside the schema, as inert data the contract page renders from.
  config.addGlobalData("contractClauses", () => ({
    json: JSON.stringify(contract.clauses()).replaceAll("<", "\\u003c"),
  }));

  const stepInfo = (steps: CollectionItem<Record<string, any>>[]) => steps.map((item) => ({ step: item.data.step, title: item.data.title, url: item.url }));
  config.addFilter("workbookForm", (steps: CollectionItem<Record<string, any>>[]) => renderForm(contract.layout(), stepInfo(steps)));
  config.addFilter("workbookTasks", (steps: CollectionItem<Record<string, any>>[]) => renderTaskList(contract.layout(), stepInfo(steps)));
  config.addFilter("stepQuestions", (step: number) => renderQuestions(contract.layout(), step));

  // The check runs once the pages are written, on the page's final HTML: as an Eleventy
  // transform it would be timed on every page and reported as slow on a busy machine.
  config.on("eleventy.after", ({ results = [] }) => {
    const page = results.find((result) => result.url === WORKBOOK_URL);
    if (!page) throw new Error("no /workbook/ page was built, so its form could not be checked against the schema");
    const problems = checkRenderedForm(page.content, contract.layout());
    if (problems.length) throw new Error(`the workbook form does not match the contract schema:\n  ${problems.join("\n  ")}`);
  });
}
