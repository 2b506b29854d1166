import { PARTNER_LABELS, PARTNERS } from "../layout/contract-names.ts";
import { fieldId } from "../layout/field-id.ts";
import { pairsOf, sharedEntries } from "../layout/find-entry.ts";
import type { ContractLayout, Entry, Group, List, PartnerBlock, Question, Section } from "../layout/layout-types.ts";
import { controlFor, TEXTAREA_FROM } from "./control-for.ts";
import { attributes, escapeHtml } from "./escape-html.ts";
import { renderSignature } from "./render-signature.ts";

/** What the workbook needs to know about a step of the guide. */
export interface StepInfo {
  step: number;
  title: string;
  url: string;
}

/**
 * Renders the workbook's form from the contract's layout: a section per part of the
 * contract, one labelled control per answer with the constraints the schema implies,
 * hints tied with aria-describedby, the partners side by side, and lists with a
 * template for new items. Every text is escaped; nothing here comes from a person,
 * but the page must not depend on that.
 */
export function renderForm(layout: ContractLayout, steps: StepInfo[]): string {
  const fixed = layout.root.map(renderEntry).join("\n");
  const sections = layout.sections.map((section) => renderSection(section, steps.find((step) => step.step === section.step)));
  return `${fixed}\n${sections.join("\n")}`;
}

function renderSection(section: Section, info: StepInfo | undefined): string {
  const titleId = `${section.id}-title`;
  const heading = info ? `<span class="step-number">${section.step}</span> ${escapeHtml(info.title)}` : escapeHtml(section.title);
  const guideLink = info ? `<p class="section-guide"><a href="${escapeHtml(info.url)}">Read step ${section.step} in the guide</a></p>` : "";
  return `<section class="workbook-section" id="${section.id}" aria-labelledby="${titleId}" data-section="${escapeHtml(section.key)}">
<header class="workbook-section-header">
<h2 id="${titleId}">${heading}</h2>
${hint(section.hint, `${section.id}-hint`)}
<p class="section-progress" data-progress="${escapeHtml(section.key)}">Not started</p>
${guideLink}
${section.partners?.signature ? FINGERPRINT_NOW : ""}
</header>
${renderBlock(section)}
</section>`;
}

/** Shown where partners sign: what their signatures will cover. */
const FINGERPRINT_NOW = `<p class="fingerprint-now">Fingerprint of your answers as they are now: <code class="fingerprint" data-current-fingerprint>not worked out yet</code></p>
<p class="hint">Signing records this fingerprint. If any answer changes afterwards, the fingerprint changes too, and you both sign again.</p>`;

/** The entries of a section, group or list item: each partner's column first, then what the two answer together. */
function renderBlock(block: { partners?: PartnerBlock; entries: Entry[] }): string {
  const parts: string[] = [];
  if (block.partners) parts.push(renderPartners(block.partners, block));
  for (const entry of sharedEntries(block)) parts.push(renderEntry(entry));
  return parts.join("\n");
}

function renderPartners(partners: PartnerBlock, block: { entries: Entry[] }): string {
  const pairs = pairsOf(block);
  const columns = PARTNERS.map((partner) => {
    const entries = pairs.map((pair) => pair.partners[partner]);
    const body = partners.signature ? renderSignature(partners.paths[partner], entries, renderField) : entries.map(renderEntry).join("\n");
    return `<fieldset class="partner partner-${partner}" data-partner="${partner}">
<legend class="partner-legend"><span data-partner-name="${partner}">${PARTNER_LABELS[partner]}</span></legend>
${body}
</fieldset>`;
  });
  return `<div class="partners">\n${columns.join("\n")}\n</div>`;
}

function renderEntry(entry: Exclude<Entry, { kind: "pair" }>): string {
  switch (entry.kind) {
    case "question":
      return renderField(entry);
    case "group":
      return renderGroup(entry);
    case "list":
      return renderList(entry);
  }
}

function renderGroup(group: Group): string {
  const id = fieldId(group.path);
  const optional = group.required ? "" : ` <span class="optional">(optional)</span>`;
  return `<fieldset class="group" id="${id}"${describedBy(group.hint, id)}>
<legend class="group-legend">${escapeHtml(group.title)}${optional}</legend>
${hint(group.hint, `${id}-hint`)}
${renderBlock(group)}
</fieldset>`;
}

function renderList(list: List): string {
  const id = fieldId(list.path);
  const itemName = escapeHtml(list.itemTitle.toLowerCase());
  const itemBody = renderBlock({ entries: list.item });
  return `<fieldset class="field list" id="${id}" data-list="${escapeHtml(list.path)}" data-max-items="${list.maxItems}"${describedBy(list.hint, id)}>
<legend class="field-label">${escapeHtml(list.title)}${list.minItems ? "" : ` <span class="optional">(optional)</span>`}</legend>
${hint(list.hint, `${id}-hint`)}
${errorSlot(id)}
<ol class="list-items" data-list-items></ol>
<template data-item-template="${escapeHtml(list.path)}">
<li class="list-item">
<fieldset class="list-item-fields">
<legend class="list-item-legend">${escapeHtml(list.itemTitle)} <span data-item-number>#</span></legend>
${itemBody}
<button type="button" class="button button-quiet" data-remove-item>Remove ${itemName} <span data-item-number>#</span></button>
</fieldset>
</li>
</template>
<p class="list-actions"><button type="button" class="button button-secondary" data-add-item="${escapeHtml(list.path)}">Add ${/^[aeiou]/.test(itemName) ? "an" : "a"} ${itemName}</button> <span class="list-limit">Up to ${list.maxItems}.</span></p>
</fieldset>`;
}

/** Renders the one control of an answer with its label, hint and error slot. */
export function renderField(question: Question): string {
  const control = controlFor(question);
  const { path } = question;
  const id = fieldId(path);
  const name = escapeHtml(path);
  const optional = question.required || control.kind === "checkboxes" ? "" : ` <span class="optional">(optional)</span>`;
  const label = `${escapeHtml(question.title)}${optional}`;
  switch (control.kind) {
    case "input":
      if (control.type === "hidden") return `<input type="hidden" id="${id}" name="${name}"${attributes(control.attributes)}>`;
      return `<div class="field" data-field="${name}">
<label class="field-label" for="${id}">${label}</label>
${hint(question.hint, `${id}-hint`)}
${errorSlot(id)}
<input class="input input-${control.type}" type="${control.type}" id="${id}" name="${name}"${attributes({
        ...control.attributes,
        ...(control.type === "number" ? { inputmode: control.attributes.step === "1" ? "numeric" : "decimal" } : {}),
      })}${describedBy(question.hint, id)}>
</div>`;
    case "textarea": {
      const rows = Math.min(8, Math.max(3, Math.ceil(Number(control.attributes.maxlength ?? TEXTAREA_FROM) / 70)));
      return `<div class="field" data-field="${name}">
<label class="field-label" for="${id}">${label}</label>
${hint(question.hint, `${id}-hint`)}
${errorSlot(id)}
<textarea class="input textarea" id="${id}" name="${name}" rows="${rows}"${attributes(control.attributes)}${describedBy(question.hint, id)}></textarea>
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
      return `<fieldset class="field choices choices-${type}" id="${id}" data-field="${name}"${describedBy(question.hint, id)}>
<legend class="field-label">${label}</legend>
${hint(question.hint, `${id}-hint`)}
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

function hint(text: string | undefined, id: string): string {
  return text ? `<p class="hint" id="${id}">${escapeHtml(text)}</p>` : "";
}

function describedBy(text: string | undefined, id: string): string {
  return text ? ` aria-describedby="${id}-hint"` : "";
}

/** Where the page writes this answer's message; empty and hidden until then. */
export function errorSlot(id: string): string {
  return `<p class="field-error" id="${id}-error" hidden></p>`;
}
