import { PARTNER_LABELS, PARTNERS, type Partner } from "../layout/contract-names.ts";
import { fieldId } from "../layout/field-id.ts";
import { pairsOf, sharedEntries } from "../layout/find-entry.ts";
import type { ContractLayout, Entry, Group, List, PartnerBlock, Section } from "../layout/layout-types.ts";
import { sectionTurns, TOGETHER } from "../layout/section-turns.ts";
import { attributes, escapeHtml } from "./escape-html.ts";
import { errorSlot, hint, renderField } from "./render-field.ts";
import { renderSignature } from "./render-signature.ts";

export { errorSlot, renderField } from "./render-field.ts";

/** What the workbook needs to know about a step of the guide. */
export interface StepInfo {
  step: number;
  title: string;
  url: string;
}

/**
 * Renders the workbook's form from the contract's layout: a section per part of the
 * contract (each a view of the workbook, at its own fragment), one labelled control
 * per answer with the constraints the schema implies, hints tied with
 * aria-describedby, and lists with a template for new items. Where both partners
 * answer a step, each partner's questions are a turn of their own (`data-turn`), and
 * what the two answer together is a last turn; without script the turns stand side
 * by side. Every text is escaped; nothing here comes from a person, but the page
 * must not depend on that.
 */
export function renderForm(layout: ContractLayout, steps: StepInfo[]): string {
  const fixed = layout.root.map(renderEntry).join("\n");
  const total = layout.sections.filter((section) => section.step !== undefined).length;
  const sections = layout.sections.map((section) => renderSection(section, steps.find((step) => step.step === section.step), total));
  return `${fixed}\n${sections.join("\n")}`;
}

function renderSection(section: Section, info: StepInfo | undefined, total: number): string {
  const titleId = `${section.id}-title`;
  // The link to the guide sits above the heading: a view opens with focus on its heading,
  // and the next Tab goes to the first question rather than away to the guide.
  const guideLink = info ? ` · <a class="section-guide" href="${escapeHtml(info.url)}">Read step ${section.step} in the guide</a>` : "";
  const kicker = section.step !== undefined ? `<p class="section-kicker">Step ${section.step} of ${total}${guideLink}</p>\n` : "";
  const title = escapeHtml(info?.title ?? section.title);
  return `<section class="workbook-section workbook-view" id="${section.id}" aria-labelledby="${titleId}" data-view="${section.id}" data-section="${escapeHtml(section.key)}">
<header class="workbook-section-header">
${kicker}<h2 id="${titleId}" tabindex="-1" data-view-heading>${title}</h2>
${hint(section.hint, `${section.id}-hint`)}
<p class="section-progress" data-progress="${escapeHtml(section.key)}">Not started</p>
${section.partners?.signature ? VERSION_NOW : ""}
</header>
${renderBlock(section, sectionTurns(section).length > 0)}
${PAGER}
</section>`;
}

/**
 * The end of a section's view: "Continue", the form's submit button (the GOV.UK
 * pattern; the form is never sent: its method is "dialog" and the page's script goes
 * to the next view), and "Back". The script writes where they lead, and shows them.
 */
const PAGER = `<div class="view-pager" data-pager hidden>
<button type="submit" class="button pager-next" data-pager-next>Continue</button>
<a class="pager-previous" href="#overview" data-pager-previous>Back: all steps</a>
</div>`;

/** Shown where partners sign: the version their signatures will cover, in words anyone can read aloud. */
const VERSION_NOW = `<p class="version-now">Version code of your answers as they are now: <strong class="version-code" data-current-version>not worked out yet</strong></p>
<p class="hint">Signing records this version. If any answer changes afterwards, the version code changes too, and you both sign again.</p>`;

/**
 * The entries of a section, group or list item: each partner's part first, then what
 * the two answer together; as turns (`data-turn`) when `turns` is set.
 */
function renderBlock(block: { partners?: PartnerBlock; entries: Entry[] }, turns = false): string {
  const parts: string[] = [];
  if (block.partners) parts.push(renderPartners(block.partners, block, turns));
  const shared = sharedEntries(block).map(renderEntry);
  if (turns && shared.length) {
    parts.push(`<div class="together turn" data-turn="${TOGETHER}">
<h3 class="together-title" tabindex="-1" data-turn-heading>The two of you together</h3>
${shared.join("\n")}
</div>`);
  } else parts.push(...shared);
  return parts.join("\n");
}

function renderPartners(partners: PartnerBlock, block: { entries: Entry[] }, turns: boolean): string {
  const pairs = pairsOf(block);
  const columns = PARTNERS.map((partner) => {
    const entries = pairs.map((pair) => pair.partners[partner]);
    const body = partners.signature ? renderSignature(partners.paths[partner], entries, renderField) : entries.map(renderEntry).join("\n");
    const headingId = `${fieldId(partners.paths[partner])}-whose`;
    // The legend names the group and, as a heading, is where focus goes when a partner's
    // turn opens; it shows whose answers these are while they scroll, sticking below the
    // bar (a floated legend can be position: sticky) on every screen size.
    return `<fieldset class="partner partner-${partner}${turns ? " turn" : ""}" data-partner="${partner}"${attributes(turns ? { "data-turn": partner } : {})}>
<legend class="partner-banner"><h3 class="partner-heading" id="${headingId}" tabindex="-1" data-turn-heading>${partnerHeading(partner, turns)}</h3></legend>
${turns ? turnHint(partner) : ""}
${body}
</fieldset>`;
  });
  return `<div class="partners${turns ? " has-turns" : ""}">\n${columns.join("\n")}\n</div>`;
}

function partnerHeading(partner: Partner, turns: boolean): string {
  const name = `<span data-partner-name="${partner}">${PARTNER_LABELS[partner]}</span>`;
  return turns ? `${name}’s answers` : name;
}

/** Under a partner's banner: whose turn it is and who comes next, for two people sharing one device. */
function turnHint(partner: Partner): string {
  const others = PARTNERS.filter((other) => other !== partner).map((other) => `<span data-partner-name="${other}">${PARTNER_LABELS[other]}</span>`);
  const first = partner === PARTNERS[0];
  return `<p class="turn-hint">${first ? `Write on your own first: ${others.join(" and ")} answers the same questions next.` : `Your turn: write on your own, then compare with ${others.join(" and ")}.`}</p>`;
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
  return `<fieldset class="group" id="${id}"${group.hint ? ` aria-describedby="${id}-hint"` : ""}>
<legend class="group-legend">${escapeHtml(group.title)}${optional}</legend>
${hint(group.hint, `${id}-hint`)}
${renderBlock(group)}
</fieldset>`;
}

function renderList(list: List): string {
  const id = fieldId(list.path);
  const itemName = escapeHtml(list.itemTitle.toLowerCase());
  const itemBody = renderBlock({ entries: list.item });
  return `<fieldset class="field list" id="${id}" data-list="${escapeHtml(list.path)}" data-max-items="${list.maxItems}"${list.hint ? ` aria-describedby="${id}-hint"` : ""}>
<legend class="field-label">${escapeHtml(list.title)}${list.minItems ? "" : ` <span class="optional">(optional)</span>`}</legend>
${hint(list.hint, `${id}-hint`)}
${errorSlot(id)}
<ol class="list-items" data-list-items></ol>
<template data-item-template="${escapeHtml(list.path)}">
<li class="list-item">
<fieldset class="list-item-fields">
<legend class="list-item-legend">${escapeHtml(list.itemTitle)} <span data-item-number>#</span></legend>
${itemBody}
<button type="button" class="button button-quiet button-danger" data-remove-item><span>Remove ${itemName} <span data-item-number>#</span></span></button>
</fieldset>
</li>
</template>
<p class="list-actions"><button type="button" class="button button-secondary" data-add-item="${escapeHtml(list.path)}">Add ${/^[aeiou]/.test(itemName) ? "an" : "a"} ${itemName}</button> <span class="list-limit">Up to ${list.maxItems}.</span></p>
</fieldset>`;
}
