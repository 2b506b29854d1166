import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CollectionItem, UserConfig } from "@11ty/eleventy";
import { checkPaperFields } from "../fields/check-paper-fields.ts";
import { listPaperFields, type PaperField } from "../layout/paper-fields.ts";
import { renderPaperWorkbook, type PaperPart } from "../fields/render-paper-workbook.ts";
import type { ContractSource } from "../fields/contract-source.ts";
import { pageMarginRules } from "./page-margin-rules.ts";
import { practiceCards } from "./practice-cards.ts";
import { renderPaperContents } from "./render-paper-contents.ts";

type Item = CollectionItem<Record<string, any>>;

/** The printed workbook's last part: the guide's practice cards, to cut out. */
// No named page: the cards flow on the workbook's own pages, with the site's footer
// after them; a named page would push the footer onto a page of its own.
const CARDS_PART: PaperPart = { id: "practice-cards", title: "Practice cards" };

/** Where, under the output, the generated print rules go: a folder of their own, apart from the bundled assets. */
const RULES_FOLDER = "assets/print";

/** What the print-workbook layout writes into the page. */
export interface PaperWorkbookPage {
  cover: string;
  contents: string;
  body: string;
  cards: string;
  /** The URL of the generated print rules (running headers, page numbers). */
  stylesheet: string;
}

/**
 * The printed workbook (/print/workbook/): the `paperWorkbook` filter renders it from
 * the contract schema, the steps' front matter and the guide's practice cards; the
 * page is then checked against listPaperFields, so it has exactly one writing area
 * per paper field and option; after the build, the print rules that carry the parts'
 * titles are written under a content hash into the output's assets.
 */
export function printWorkbookPlugin(config: UserConfig, contract?: ContractSource): void {
  if (!contract) throw new Error("printWorkbookPlugin needs the build's contract source (see eleventy.config.ts)");
  let fields: PaperField[] = [];
  let rules: { file: string; css: string } | undefined;
  const pages = new Set<string>();

  config.on("eleventy.before", () => {
    fields = [];
    rules = undefined;
    pages.clear();
  });

  config.addFilter("paperWorkbook", function (this: { page: { url: string } }, steps: Item[], all: Item[]): PaperWorkbookPage {
    fields = listPaperFields(contract.schema());
    const workbook = renderPaperWorkbook(
      contract.layout(),
      fields,
      steps.map((item) => ({ step: item.data.step, title: item.data.title, summary: item.data.summary })),
    );
    const cards = all.filter((item) => item.url !== this.page.url).flatMap((item) => practiceCards(String(item.templateContent ?? "")));
    const parts = cards.length ? [...workbook.parts, CARDS_PART] : workbook.parts;
    const css = pageMarginRules(parts);
    const file = `${RULES_FOLDER}/workbook-pages-${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css`;
    rules = { file, css };
    pages.add(this.page.url);
    return {
      cover: workbook.cover,
      contents: renderPaperContents(parts),
      body: workbook.body,
      cards: cards.length
        ? `<section class="paper-part paper-cards" aria-labelledby="${CARDS_PART.id}">
<h2 id="${CARDS_PART.id}" data-toc-heading>${CARDS_PART.title}</h2>
<p class="paper-hint">Cut along the dashed lines and keep them where you will see them.</p>
${cards.join("\n")}
</section>`
        : "",
      stylesheet: `/${file}`,
    };
  });

  // The check runs on the pages' final HTML once they are written (see fields-plugin.ts for why not a transform).
  config.on("eleventy.after", async ({ directories, results = [] }) => {
    const printed = results.filter((result) => result.url !== false && pages.has(result.url));
    if (!rules || printed.length === 0) throw new Error("no page was built with the print-workbook layout, so the printed workbook could not be checked");
    for (const page of printed) {
      const problems = checkPaperFields(page.content, fields);
      if (problems.length) {
        throw new Error(`the printed workbook ${page.url} does not match the paper fields of the contract schema:\n  ${problems.join("\n  ")}`);
      }
    }
    const target = path.join(directories.output, rules.file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, rules.css);
  });
}
