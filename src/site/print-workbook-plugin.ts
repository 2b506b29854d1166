import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CollectionItem, UserConfig } from "@11ty/eleventy";
import { checkPaperFields } from "../fields/check-paper-fields.ts";
import type { ContractSource } from "../fields/contract-source.ts";
import { renderPaperWorkbook, type PaperEdition, type PaperPart } from "../fields/render-paper-workbook.ts";
import { listPaperFields, type PaperField } from "../layout/paper-fields.ts";
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
 * The printed workbook (/print/workbook/, and /print/workbook-each/ for the edition
 * "one sheet each"): the `paperWorkbook` filter renders it from the contract schema,
 * the steps' front matter and the guide's practice cards; each page is then checked
 * against listPaperFields, so it has exactly one writing area per paper field and
 * option; after the build, the print rules that carry each page's part titles are
 * written under a content hash into the output's assets.
 */
export function printWorkbookPlugin(config: UserConfig, contract?: ContractSource): void {
  if (!contract) throw new Error("printWorkbookPlugin needs the build's contract source (see eleventy.config.ts)");
  let fields: PaperField[] = [];
  const rules = new Map<string, { file: string; css: string }>();

  config.on("eleventy.before", () => {
    fields = [];
    rules.clear();
  });

  config.addFilter(
    "paperWorkbook",
    function (this: { page: { url: string } }, steps: Item[], all: Item[], edition: PaperEdition = "joint"): PaperWorkbookPage {
      fields = listPaperFields(contract.schema());
      const workbook = renderPaperWorkbook(
        contract.layout(),
        fields,
        steps.map((item) => ({ step: item.data.step, title: item.data.title, summary: item.data.summary })),
        edition,
      );
      const cards = all
        .filter((item) => item.data.layout !== "print-workbook.njk")
        .flatMap((item) => practiceCards(String(item.templateContent ?? "")));
      const parts = cards.length ? [...workbook.parts, CARDS_PART] : workbook.parts;
      const css = pageMarginRules(parts);
      const file = `${RULES_FOLDER}/workbook-pages-${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css`;
      rules.set(this.page.url, { file, css });
      return {
        cover: workbook.cover,
        contents: renderPaperContents(parts),
        body: workbook.body,
        cards: cards.length ? renderCards(cards) : "",
        stylesheet: `/${file}`,
      };
    },
  );

  // The check runs on the pages' final HTML once they are written (see fields-plugin.ts for why not a transform).
  config.on("eleventy.after", async ({ directories, results = [] }) => {
    const printed = results.filter((result) => result.url !== false && rules.has(result.url));
    if (printed.length === 0) throw new Error("no page was built with the print-workbook layout, so the printed workbook could not be checked");
    for (const page of printed) {
      const problems = checkPaperFields(page.content, fields);
      if (problems.length) {
        throw new Error(`the printed workbook ${page.url} does not match the paper fields of the contract schema:\n  ${problems.join("\n  ")}`);
      }
    }
    for (const { file, css } of rules.values()) {
      const target = path.join(directories.output, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, css);
    }
  });
}

/**
 * The practice cards at card size, several to a page, each inside crop marks: short
 * lines that continue the card's edges beyond its corners, where scissors go.
 */
function renderCards(cards: string[]): string {
  const marks = Array.from({ length: 8 }, (_, index) => `<span class="cut-mark cut-mark-${index + 1}"></span>`).join("");
  return `<section class="paper-part paper-cards" aria-labelledby="${CARDS_PART.id}">
<h2 id="${CARDS_PART.id}" data-toc-heading>${CARDS_PART.title}</h2>
<p class="paper-hint">Cut along the marks at the corners, and keep the cards where you will see them.</p>
<div class="paper-card-sheet">
${cards.map((card) => `<div class="paper-card">${card}${marks}</div>`).join("\n")}
</div>
</section>`;
}
