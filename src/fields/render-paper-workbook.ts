import { PARTNER_LABELS, PARTNERS, type Partner } from "../layout/contract-names.ts";
import { pairsOf, sharedEntries } from "../layout/find-entry.ts";
import type { ContractLayout, Section } from "../layout/layout-types.ts";
import type { PaperField } from "../layout/paper-fields.ts";
import { escapeHtml } from "./escape-html.ts";
import { renderPaperSection } from "./render-paper-section.ts";

/** What the printed workbook needs to know about a step of the guide (its front matter). */
export interface PaperStep {
  step: number;
  title: string;
  summary: string;
}

/** A part of the printed workbook that starts on a page of its own and is listed in the contents. */
export interface PaperPart {
  /** The id of the part's heading: the contents link to it, the PDF stage finds its page by it. */
  id: string;
  /** The heading, the contents entry and the running header of its pages. */
  title: string;
  /** The CSS named page of its pages (`step-3`), which carries the running header; none for a part that flows on the workbook's own pages. */
  pageName?: string;
}

/** How the printed workbook lays the partners' questions out: side by side, or one sheet each. */
export type PaperEdition = "joint" | "each";

/** The printed workbook's schema-driven parts: the cover's answers, then its parts. */
export interface PaperWorkbook {
  /** The answers of the sections before the first step (who the two of you are), for the cover. */
  cover: string;
  parts: PaperPart[];
  /** The parts' markup, in order: the steps (or each partner's pages, then together), then the sections after them (the signatures). */
  body: string;
}

/** The part of the edition "one sheet each" where the two answer together. */
const TOGETHER: PaperPart = { id: "together", title: "Together", pageName: "together" };

/**
 * Renders the workbook for paper from the contract's layout and the steps' front
 * matter: the sections before the first step go on the cover; each section after
 * the steps (the signatures) becomes a part of its own. In between, the joint
 * edition gives each step a part headed "Step N · Title" with the guide's summary,
 * both partners' questions side by side and room for the therapist's notes; the
 * edition "one sheet each" gives Partner A's questions of every step pages of their
 * own, then Partner B's, then "Together": per step, what the two answer together
 * and the notes. Only `fields` get writing areas (see listPaperFields), each once.
 */
export function renderPaperWorkbook(
  layout: ContractLayout,
  fields: readonly PaperField[],
  steps: readonly PaperStep[],
  edition: PaperEdition = "joint",
): PaperWorkbook {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const sections = layout.sections;
  const firstStep = Math.max(
    sections.findIndex((section) => section.step !== undefined),
    0,
  );
  const lastStep = sections.findLastIndex((section) => section.step !== undefined);
  const cover = sections
    .slice(0, firstStep)
    .map((section) => `<div class="paper-cover-answers">
<p class="paper-group-title">${escapeHtml(section.title)}</p>
${hint(section.hint)}
${renderPaperSection(section, byName)}
</div>`)
    .join("\n");
  const stepSections = sections.slice(firstStep, lastStep + 1);
  const parts: PaperPart[] = [];
  const body: string[] = [];
  const add = (part: PaperPart, html: string) => {
    parts.push(part);
    body.push(html);
  };
  if (edition === "joint") {
    for (const section of stepSections) add(...stepPart(section, steps, byName));
  } else {
    for (const partner of PARTNERS) add(...partnerPart(partner, stepSections, steps, byName));
    add(TOGETHER, togetherPart(stepSections, steps, byName));
  }
  for (const section of sections.slice(lastStep + 1)) {
    const part = { id: section.id, title: section.title, pageName: section.id };
    add(part, `<section class="paper-part paper-end" aria-labelledby="${part.id}" data-paper-page="${part.pageName}">
${partHeader(part, "", section.hint)}
${renderPaperSection(section, byName)}
</section>`);
  }
  return { cover, parts, body: body.join("\n") };
}

/** A step of the joint edition: its questions, both partners side by side, and the notes box. */
function stepPart(section: Section, steps: readonly PaperStep[], fields: ReadonlyMap<string, PaperField>): [PaperPart, string] {
  const step = steps.find((candidate) => candidate.step === section.step);
  const part = { id: section.id, title: stepTitle(section, step), pageName: section.id };
  return [
    part,
    `<section class="paper-part paper-step" aria-labelledby="${part.id}" data-paper-page="${part.pageName}">
${partHeader(part, step?.summary ?? "", section.hint)}
${renderPaperSection(section, fields)}
${notes(true)}
</section>`,
  ];
}

/** One partner's pages of the edition "one sheet each": their own questions of every step, and no one else's. */
function partnerPart(partner: Partner, sections: Section[], steps: readonly PaperStep[], fields: ReadonlyMap<string, PaperField>): [PaperPart, string] {
  const label = PARTNER_LABELS[partner];
  const others = PARTNERS.filter((other) => other !== partner).map((other) => PARTNER_LABELS[other]);
  const part = { id: `partner-${partner}`, title: `${label}’s pages`, pageName: `partner-${partner}` };
  const blocks = sections
    .filter((section) => pairsOf(section).length > 0)
    .map((section) => {
      const step = steps.find((candidate) => candidate.step === section.step);
      // Named with its part ("Partner A's pages, Step 1 · …"): the same step is a section of each part.
      return `<section class="paper-step-block" aria-labelledby="${part.id} ${part.id}-${section.id}">
<h3 id="${part.id}-${section.id}">${escapeHtml(stepTitle(section, step))}</h3>
${renderPaperSection(section, fields, partner)}
</section>`;
    });
  const intro = `Write on your own, without looking at ${others.join(" and ")}’s pages. There are no right answers, only honest ones.`;
  return [
    part,
    `<section class="paper-part paper-partner-pages paper-partner-pages-${partner}" aria-labelledby="${part.id}" data-paper-page="${part.pageName}" data-partner-pages="${partner}">
${partHeader(part, intro)}
${blocks.join("\n")}
</section>`,
  ];
}

/** The pages "Together" of the edition "one sheet each": per step, a prompt to compare, the shared questions and the notes. */
function togetherPart(sections: Section[], steps: readonly PaperStep[], fields: ReadonlyMap<string, PaperField>): string {
  const blocks = sections.map((section, index) => {
    const step = steps.find((candidate) => candidate.step === section.step);
    const compare = pairsOf(section).length
      ? `<p class="paper-hint">Read each other’s answers to this step together, and talk about where you differ.</p>`
      : "";
    const shared = sharedEntries(section).length ? renderPaperSection(section, fields, "shared") : "";
    return `<section class="paper-step-block" aria-labelledby="${TOGETHER.id} together-${section.id}">
<h3 id="together-${section.id}">${escapeHtml(stepTitle(section, step))}</h3>
${step ? `<p class="paper-summary">${escapeHtml(step.summary)}</p>` : ""}
${compare}
${shared}
${notes(index === sections.length - 1)}
</section>`;
  });
  return `<section class="paper-part paper-together" aria-labelledby="${TOGETHER.id}" data-paper-page="${TOGETHER.pageName}">
${partHeader(TOGETHER, "The questions you answer together, step by step, with room for notes.")}
${blocks.join("\n")}
</section>`;
}

/**
 * Room for the therapist's notes at the end of a step. The box that ends a part
 * (`fillsPage`) grows, in the PDFs, into whatever room its page has left
 * (src/pdf/fill-page-ends.ts): a step's last page ends with notes, not blank paper.
 */
function notes(fillsPage: boolean): string {
  return `<div class="paper-notes"${fillsPage ? " data-fill-page" : ""}>\n<p class="paper-notes-title">Notes for the therapist</p>\n<div class="paper-notes-space" data-fill-space></div>\n</div>`;
}

function stepTitle(section: Section, step: PaperStep | undefined): string {
  return `Step ${section.step} · ${step?.title ?? section.title}`;
}

function partHeader(part: PaperPart, summary: string, sectionHint?: string): string {
  return `<header class="paper-part-header">
<h2 id="${part.id}" data-toc-heading>${escapeHtml(part.title)}</h2>
${summary ? `<p class="paper-summary">${escapeHtml(summary)}</p>` : ""}
${hint(sectionHint)}
</header>`;
}

function hint(text: string | undefined): string {
  return text ? `<p class="paper-hint">${escapeHtml(text)}</p>` : "";
}
