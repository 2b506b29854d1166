import { PARTNER_LABELS, PARTNERS, type Partner } from "../layout/contract-names.ts";
import { pairsOf, sharedEntries } from "../layout/find-entry.ts";
import type { Entry, Group, List, Pair, PartnerBlock, Question } from "../layout/layout-types.ts";
import { questionsIn } from "../layout/list-questions.ts";
import { paperListRows, type PaperField } from "../layout/paper-fields.ts";
import { ITEM } from "../schema/list-leaves.ts";
import { escapeHtml } from "./escape-html.ts";
import { renderPaperField } from "./render-paper-field.ts";

/** A section or a group of the layout, with its entries. */
interface Block {
  partners?: PartnerBlock;
  entries: Entry[];
}

/** Which of a block's questions to print: all of them, one partner's alone, or those the two answer together. */
export type PaperShare = "all" | Partner | "shared";

/**
 * Renders the questions of one section of the contract for paper: each question
 * once, with Partner A's and Partner B's writing space side by side where the
 * partners each answer, shared questions full width, groups under their title and
 * lists as numbered rows. `share` prints one partner's questions alone, full width
 * (the edition "one sheet each"), or only the shared ones. Only answers in `fields`
 * (see listPaperFields) get a writing area, under the field's own name; the walk only
 * decides where they go.
 */
export function renderPaperSection(block: Block, fields: ReadonlyMap<string, PaperField>, share: PaperShare = "all"): string {
  return renderBlock(block, fields, (path) => path, share);
}

/** Turns a layout path (`#` for a list item) into the name of a row on paper (`rituals.list.2.name`). */
type RowNames = (path: string) => string;

function renderBlock(block: Block, fields: ReadonlyMap<string, PaperField>, row: RowNames, share: PaperShare = "all", hints = true): string {
  const parts: string[] = [];
  if (block.partners && share !== "shared") {
    const pairs = pairsOf(block);
    parts.push(share === "all" ? renderPairs(block.partners, pairs, fields, row) : renderOnePartner(share, pairs, fields, row));
  }
  if (share === "all" || share === "shared") {
    for (const entry of sharedEntries(block)) {
      if (entry.kind === "group") parts.push(renderGroup(entry, fields, row));
      else if (entry.kind === "list") parts.push(renderList(entry, fields, row));
      else parts.push(renderQuestion(entry, fields, row, hints));
    }
  }
  return parts.filter(Boolean).join("\n");
}

/** Each partner's answers, one question per row, so A and B write at the same height. */
function renderPairs(partners: PartnerBlock, pairs: Pair[], fields: ReadonlyMap<string, PaperField>, row: RowNames): string {
  const rows = pairs.flatMap((pair) => {
    // A pair's questions, partner by partner: one, or the parts of a group each partner answers.
    const questions = PARTNERS.map((partner) => questionsOf(pair.partners[partner]));
    const first = questions[0] as Question[];
    return first.flatMap((shape, index) => {
      const cells = questions.map((list) => fields.get(row(list[index]?.path ?? "")));
      if (cells.every((cell) => cell === undefined)) return [];
      const columns = PARTNERS.map((partner, column) => {
        const field = cells[column];
        const body = field ? renderPaperField(field, shape) : "";
        return `<div class="paper-partner paper-partner-${partner}">\n<p class="paper-partner-label">${PARTNER_LABELS[partner]}</p>\n${body}\n</div>`;
      });
      return [question(shape, `<div class="paper-partners">\n${columns.join("\n")}\n</div>`, "paper-pair")];
    });
  });
  // On paper a signature is made by hand: a box for each partner, beside their name and date.
  if (partners.signature) rows.push(signatureRow());
  return rows.join("\n");
}

/** One partner's answers alone, full width: their own pages of the edition "one sheet each". */
function renderOnePartner(partner: Partner, pairs: Pair[], fields: ReadonlyMap<string, PaperField>, row: RowNames): string {
  return pairs
    .flatMap((pair) => questionsOf(pair.partners[partner]))
    .map((entry) => {
      const field = fields.get(row(entry.path));
      return field ? question(entry, renderPaperField(field, entry)) : "";
    })
    .filter(Boolean)
    .join("\n");
}

/** The questions inside a partner's entry; a list inside each partner's answers has no paper layout yet. */
function questionsOf(entry: Entry): Question[] {
  if (entry.kind === "list") throw new Error(`${entry.path}: a list inside each partner's answers has no paper layout yet`);
  if (entry.kind === "question") return [entry];
  return questionsIn([entry]);
}

function signatureRow(): string {
  const boxes = PARTNERS.map(
    (partner) => `<div class="paper-partner paper-partner-${partner}">
<p class="paper-partner-label">${PARTNER_LABELS[partner]}</p>
<div class="paper-sign-box"></div>
</div>`,
  );
  return `<div class="paper-question paper-pair paper-signature">
<p class="paper-question-title">Signature, by hand</p>
<div class="paper-partners">
${boxes.join("\n")}
</div>
</div>`;
}

function renderGroup(group: Group, fields: ReadonlyMap<string, PaperField>, row: RowNames): string {
  const body = renderBlock(group, fields, row);
  if (!body) return "";
  return `<div class="paper-group">
<p class="paper-group-title">${escapeHtml(group.title)}</p>
${hint(group.hint)}
${body}
</div>`;
}

function renderList(list: List, fields: ReadonlyMap<string, PaperField>, row: RowNames): string {
  const itemTitle = escapeHtml(list.itemTitle);
  const rows = Array.from({ length: paperListRows(list) }, (_, index) => {
    // This list's "#" is the first one left once the outer lists' rows are numbered.
    const rowOf: RowNames = (path) => row(path).replace(ITEM, String(index));
    // The first row says what each question means; the rows after it repeat only the questions, so a ritual takes less paper.
    const body = renderBlock({ entries: list.item }, fields, rowOf, "all", index === 0);
    return body ? `<li class="paper-list-item">\n<p class="paper-item-title">${itemTitle} ${index + 1}</p>\n${body}\n</li>` : "";
  });
  if (rows.every((item) => !item)) return "";
  return `<div class="paper-list">
<div class="paper-list-intro">
<p class="paper-question-title">${escapeHtml(list.title)}</p>
${hint(list.hint)}
<p class="paper-hint">Leave a row empty if you need fewer.</p>
</div>
<ol class="paper-list-items">
${rows.filter(Boolean).join("\n")}
</ol>
</div>`;
}

function renderQuestion(entry: Question, fields: ReadonlyMap<string, PaperField>, row: RowNames, hints = true): string {
  const field = fields.get(row(entry.path));
  if (!field) return "";
  // A scalar list's item is its writing area alone: the row's title says what it is.
  if (entry.key === ITEM) return renderPaperField(field, entry);
  // A check box carries the question as its own label: a title above it would say it twice.
  if (field.kind === "check") return `<div class="paper-question">\n${renderPaperField(field, entry)}\n${hints ? hint(entry.hint) : ""}\n</div>`;
  return question(entry, renderPaperField(field, entry), "", hints);
}

function question(entry: Question, body: string, kind = "", hints = true): string {
  return `<div class="paper-question${kind ? ` ${kind}` : ""}">
<p class="paper-question-title">${escapeHtml(entry.title)}</p>
${hints ? hint(entry.hint) : ""}
${body}
</div>`;
}

function hint(text: string | undefined): string {
  return text ? `<p class="paper-hint">${escapeHtml(text)}</p>` : "";
}
