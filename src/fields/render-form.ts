import { isItemList } from "../schema/list-leaves.ts";
import type { ArrayNode, ObjectNode, SchemaNode } from "../schema/schema-node.ts";
import { controlFor, TEXTAREA_FROM } from "./control-for.ts";
import { PARTNER_LABELS, PARTNERS } from "../contract/partners.ts";
import { attributes, escapeHtml } from "./escape-html.ts";
import { fieldId } from "./field-id.ts";
import { hasPartners, listSections } from "./sections.ts";

/** What the workbook needs to know about a step of the guide. */
export interface StepInfo {
  step: number;
  title: string;
  url: string;
}

/**
 * Renders the workbook's form from the resolved contract schema: a section per
 * top-level object, one labelled control per answer with the constraints the schema
 * implies, hints tied with aria-describedby, the partners side by side, and lists
 * with a template for new items. Every text is escaped; nothing here comes from a
 * person, but the page must not depend on that.
 */
export function renderForm(tree: SchemaNode, steps: StepInfo[]): string {
  if (tree.type !== "object") throw new Error("a contract schema's root must be an object");
  const constants = Object.entries(tree.properties)
    .filter(([, node]) => node.type !== "object")
    .map(([key, node]) => renderField(key, node, (tree.required ?? []).includes(key)))
    .join("\n");
  const sections = listSections(tree).map((section) => {
    const info = steps.find((step) => step.step === section.step);
    const titleId = `${section.id}-title`;
    const heading = info
      ? `<span class="step-number">${section.step}</span> ${escapeHtml(info.title)}`
      : escapeHtml(section.node.title ?? section.key);
    const guideLink = info
      ? `<p class="section-guide"><a href="${escapeHtml(info.url)}">Read step ${section.step} in the guide</a></p>`
      : "";
    return `<section class="workbook-section" id="${section.id}" aria-labelledby="${titleId}" data-section="${escapeHtml(section.key)}">
<header class="workbook-section-header">
<h2 id="${titleId}">${heading}</h2>
${hint(section.node, `${section.id}-hint`)}
<p class="section-progress" data-progress="${escapeHtml(section.key)}">Not started</p>
${guideLink}
${hasSignatures(section.node) ? FINGERPRINT_NOW : ""}
</header>
${renderObject(section.key, section.node, (tree.required ?? []).includes(section.key))}
</section>`;
  });
  return `${constants}\n${sections.join("\n")}`;
}

/** Shown where partners sign: what their signatures will cover. */
const FINGERPRINT_NOW = `<p class="fingerprint-now">Fingerprint of your answers as they are now: <code class="fingerprint" data-current-fingerprint>not worked out yet</code></p>
<p class="hint">Signing records this fingerprint. If any answer changes afterwards, the fingerprint changes too, and you both sign again.</p>`;

function hasSignatures(node: ObjectNode): boolean {
  return Object.values(node.properties).some((child) => child["x-widget"] === "signature");
}

function renderObject(path: string, node: ObjectNode, required: boolean): string {
  const names = new Set(node.required ?? []);
  const parts: string[] = [];
  if (hasPartners(node)) {
    const columns = PARTNERS.map((partner) => {
      const child = node.properties[partner] as ObjectNode;
      const childPath = `${path}.${partner}`;
      const isRequired = required && names.has(partner);
      const body = child["x-widget"] === "signature" ? renderSignature(childPath, child, isRequired) : renderObject(childPath, child, isRequired);
      return `<fieldset class="partner partner-${partner}" data-partner="${partner}">
<legend class="partner-legend"><span data-partner-name="${partner}">${PARTNER_LABELS[partner]}</span></legend>
${body}
</fieldset>`;
    });
    parts.push(`<div class="partners">\n${columns.join("\n")}\n</div>`);
  }
  for (const [key, child] of Object.entries(node.properties)) {
    if (hasPartners(node) && (key === "a" || key === "b")) continue;
    const childPath = `${path}.${key}`;
    const isRequired = required && names.has(key);
    if (child.type === "object") parts.push(renderGroup(childPath, child, isRequired));
    else if (isItemList(child)) parts.push(renderList(childPath, child as ArrayNode));
    else parts.push(renderField(childPath, child, isRequired));
  }
  return parts.join("\n");
}

function renderGroup(path: string, node: ObjectNode, required: boolean): string {
  const id = fieldId(path);
  const optional = required ? "" : ` <span class="optional">(optional)</span>`;
  return `<fieldset class="group" id="${id}"${describedBy(node, id)}>
<legend class="group-legend">${escapeHtml(node.title ?? path)}${optional}</legend>
${hint(node, `${id}-hint`)}
${renderObject(path, node, required)}
</fieldset>`;
}

function renderList(path: string, node: ArrayNode): string {
  const id = fieldId(path);
  const itemPath = `${path}.#`;
  const itemName = escapeHtml((node.items.title ?? "item").toLowerCase());
  const itemBody =
    node.items.type === "object" ? renderObject(itemPath, node.items, true) : renderField(itemPath, node.items, true);
  return `<fieldset class="field list" id="${id}" data-list="${escapeHtml(path)}" data-max-items="${node.maxItems}"${describedBy(node, id)}>
<legend class="field-label">${escapeHtml(node.title ?? path)}${node.minItems ? "" : ` <span class="optional">(optional)</span>`}</legend>
${hint(node, `${id}-hint`)}
${errorSlot(id)}
<ol class="list-items" data-list-items></ol>
<template data-item-template="${escapeHtml(path)}">
<li class="list-item">
<fieldset class="list-item-fields">
<legend class="list-item-legend">${escapeHtml(node.items.title ?? "Item")} <span data-item-number>#</span></legend>
${itemBody}
<button type="button" class="button button-quiet" data-remove-item>Remove ${itemName} <span data-item-number>#</span></button>
</fieldset>
</li>
</template>
<p class="list-actions"><button type="button" class="button button-secondary" data-add-item="${escapeHtml(path)}">Add ${/^[aeiou]/.test(itemName) ? "an" : "a"} ${itemName}</button> <span class="list-limit">Up to ${node.maxItems}.</span></p>
</fieldset>`;
}

function renderSignature(path: string, node: ObjectNode, required: boolean): string {
  const id = fieldId(path);
  const fields = Object.entries(node.properties).map(([key, child]) => {
    const childPath = `${path}.${key}`;
    const isRequired = required && (node.required ?? []).includes(key);
    if (key === "strokes") {
      return `<div class="signature-drawing" data-signature-drawing>
<p class="field-label" id="${id}-drawing-label">Draw your signature</p>
<p class="hint" id="${id}-drawing-hint">With a finger, a pen or a mouse. If drawing is hard, choose "Typed" above.</p>
<canvas class="signature-canvas" data-signature-canvas tabindex="-1" role="img" aria-labelledby="${id}-drawing-label" aria-describedby="${id}-drawing-hint"></canvas>
<p><button type="button" class="button button-quiet" data-clear-drawing>Clear the drawing</button></p>
${renderField(childPath, child, isRequired)}
</div>`;
    }
    if (key === "fingerprint") {
      return `<p class="signature-fingerprint"><span class="field-label" id="${fieldId(childPath)}-label">${escapeHtml(child.title ?? key)}</span> ${renderField(childPath, child, isRequired)}</p>`;
    }
    return renderField(childPath, child, isRequired);
  });
  return `<div class="signature" data-signature="${escapeHtml(path)}">
${fields.join("\n")}
<div class="signature-actions" data-field="${escapeHtml(`${path}.fingerprint`)}">
${errorSlot(fieldId(`${path}.fingerprint`))}
<button type="button" class="button" id="${id}-sign" data-sign="${escapeHtml(path)}">Sign the contract</button>
</div>
<p class="signature-status" data-signature-status="${escapeHtml(path)}" role="status"></p>
</div>`;
}

/** Renders the one control of an answer with its label, hint and error slot. */
export function renderField(path: string, node: SchemaNode, required: boolean): string {
  const control = controlFor(node, required);
  const id = fieldId(path);
  const name = escapeHtml(path);
  const optional = required || control.kind === "checkboxes" ? "" : ` <span class="optional">(optional)</span>`;
  const label = `${escapeHtml(node.title ?? path)}${optional}`;
  switch (control.kind) {
    case "input":
      if (control.type === "hidden") return `<input type="hidden" id="${id}" name="${name}"${attributes(control.attributes)}>`;
      return `<div class="field" data-field="${name}">
<label class="field-label" for="${id}">${label}</label>
${hint(node, `${id}-hint`)}
${errorSlot(id)}
<input class="input input-${control.type}" type="${control.type}" id="${id}" name="${name}"${attributes({
        ...control.attributes,
        ...(control.type === "number" ? { inputmode: control.attributes.step === "1" ? "numeric" : "decimal" } : {}),
      })}${describedBy(node, id)}>
</div>`;
    case "textarea": {
      const rows = Math.min(8, Math.max(3, Math.ceil(Number(control.attributes.maxlength ?? TEXTAREA_FROM) / 70)));
      return `<div class="field" data-field="${name}">
<label class="field-label" for="${id}">${label}</label>
${hint(node, `${id}-hint`)}
${errorSlot(id)}
<textarea class="input textarea" id="${id}" name="${name}" rows="${rows}"${attributes(control.attributes)}${describedBy(node, id)}></textarea>
</div>`;
    }
    case "radios":
    case "checkboxes": {
      const type = control.kind === "radios" ? "radio" : "checkbox";
      const labels = control.kind === "radios" ? control.labels : control.values;
      const options = control.values.map(
        (value, index) => `<div class="choice">
<input class="choice-input" type="${type}" id="${id}-${index}" name="${name}" value="${escapeHtml(value)}"${attributes(control.attributes)}>
<label class="choice-label" for="${id}-${index}">${escapeHtml(labels[index] ?? value)}</label>
</div>`,
      );
      return `<fieldset class="field choices choices-${type}" id="${id}" data-field="${name}"${describedBy(node, id)}>
<legend class="field-label">${label}</legend>
${hint(node, `${id}-hint`)}
${errorSlot(id)}
<div class="choice-list">
${options.join("\n")}
</div>
</fieldset>`;
    }
    case "output":
      return `<output class="output" id="${id}" name="${name}" aria-labelledby="${id}-label"${attributes(control.attributes)}></output>`;
  }
}

function hint(node: SchemaNode, id: string): string {
  return node.description ? `<p class="hint" id="${id}">${escapeHtml(node.description)}</p>` : "";
}

function describedBy(node: SchemaNode, id: string): string {
  return node.description ? ` aria-describedby="${id}-hint"` : "";
}

/** Where the page writes this answer's message; empty and hidden until then. */
function errorSlot(id: string): string {
  return `<p class="field-error" id="${id}-error" hidden></p>`;
}
