import { PARTNER_LABELS, PARTNERS } from "../contract/partners.ts";
import { isItemList, listLeaves } from "../schema/list-leaves.ts";
import type { ArrayNode, ObjectNode, SchemaNode } from "../schema/schema-node.ts";
import { escapeHtml } from "./escape-html.ts";
import { paperListRows, type PaperField } from "./paper-fields.ts";
import { renderPaperField } from "./render-paper-field.ts";
import { hasPartners } from "./sections.ts";

/**
 * Renders the questions of one section of the contract schema for paper: each
 * question once, with Partner A's and Partner B's writing space side by side where
 * the schema has a/b pairs, shared questions full width, groups under their title
 * and lists as numbered rows. Only answers in `fields` (see listPaperFields) get a
 * writing area, under the field's own name; the walk only decides where they go.
 */
export function renderPaperSection(path: string, node: ObjectNode, fields: ReadonlyMap<string, PaperField>): string {
  return renderObject(path, node, fields);
}

function renderObject(path: string, node: ObjectNode, fields: ReadonlyMap<string, PaperField>): string {
  const parts: string[] = [];
  const paired = hasPartners(node);
  if (paired) parts.push(renderPairs(path, node, fields));
  for (const [key, child] of Object.entries(node.properties)) {
    if (paired && (key === "a" || key === "b")) continue;
    const childPath = `${path}.${key}`;
    if (child.type === "object") parts.push(renderGroup(childPath, child, fields));
    else if (isItemList(child)) parts.push(renderList(childPath, child as ArrayNode, fields));
    else parts.push(renderQuestion(childPath, child, fields));
  }
  return parts.filter(Boolean).join("\n");
}

/** Each partner's answers, one question per row, so A and B write at the same height. */
function renderPairs(path: string, node: ObjectNode, fields: ReadonlyMap<string, PaperField>): string {
  const shape = node.properties.a as ObjectNode;
  const rows = listLeaves(shape).flatMap((leaf) => {
    if (leaf.path.includes("#")) throw new Error(`${path}.a.${leaf.path}: a list inside each partner's answers has no paper layout yet`);
    const cells = PARTNERS.map((partner) => fields.get(`${path}.${partner}.${leaf.path}`));
    if (cells.every((cell) => cell === undefined)) return [];
    const columns = PARTNERS.map((partner, index) => {
      const field = cells[index];
      const body = field ? renderPaperField(field, leaf.node) : "";
      return `<div class="paper-partner paper-partner-${partner}">\n<p class="paper-partner-label">${PARTNER_LABELS[partner]}</p>\n${body}\n</div>`;
    });
    return [question(leaf.node, `<div class="paper-partners">\n${columns.join("\n")}\n</div>`, "paper-pair")];
  });
  // On paper a signature is made by hand: a box for each partner, beside their name and date.
  if (shape["x-widget"] === "signature") rows.push(signatureRow());
  return rows.join("\n");
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

function renderGroup(path: string, node: ObjectNode, fields: ReadonlyMap<string, PaperField>): string {
  const body = renderObject(path, node, fields);
  if (!body) return "";
  return `<div class="paper-group">
<p class="paper-group-title">${escapeHtml(node.title ?? path)}</p>
${hint(node)}
${body}
</div>`;
}

function renderList(path: string, node: ArrayNode, fields: ReadonlyMap<string, PaperField>): string {
  const itemTitle = escapeHtml(node.items.title ?? "Item");
  const rows = Array.from({ length: paperListRows(node) }, (_, row) => {
    const rowPath = `${path}.${row}`;
    const body =
      node.items.type === "object" ? renderObject(rowPath, node.items, fields) : renderArea(rowPath, node.items, fields);
    return body ? `<li class="paper-list-item">\n<p class="paper-item-title">${itemTitle} ${row + 1}</p>\n${body}\n</li>` : "";
  });
  if (rows.every((row) => !row)) return "";
  return `<div class="paper-list">
<div class="paper-list-intro">
<p class="paper-question-title">${escapeHtml(node.title ?? path)}</p>
${hint(node)}
<p class="paper-hint">Leave a row empty if you need fewer.</p>
</div>
<ol class="paper-list-items">
${rows.filter(Boolean).join("\n")}
</ol>
</div>`;
}

function renderQuestion(path: string, node: SchemaNode, fields: ReadonlyMap<string, PaperField>): string {
  const field = fields.get(path);
  if (!field) return "";
  // A check box carries the question as its own label: a title above it would say it twice.
  if (field.kind === "check") return `<div class="paper-question">\n${renderPaperField(field, node)}\n${hint(node)}\n</div>`;
  return question(node, renderPaperField(field, node));
}

function renderArea(path: string, node: SchemaNode, fields: ReadonlyMap<string, PaperField>): string {
  const field = fields.get(path);
  return field ? renderPaperField(field, node) : "";
}

function question(node: SchemaNode, body: string, kind = ""): string {
  return `<div class="paper-question${kind ? ` ${kind}` : ""}">
<p class="paper-question-title">${escapeHtml(node.title ?? "")}</p>
${hint(node)}
${body}
</div>`;
}

function hint(node: SchemaNode): string {
  return node.description ? `<p class="paper-hint">${escapeHtml(node.description)}</p>` : "";
}
