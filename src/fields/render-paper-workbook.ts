import type { ContractLayout, Section } from "../layout/layout-types.ts";
import { escapeHtml } from "./escape-html.ts";
import type { PaperField } from "../layout/paper-fields.ts";
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

/** The printed workbook's schema-driven parts: the cover's answers, then one part per section. */
export interface PaperWorkbook {
  /** The answers of the sections before the first step (who the two of you are), for the cover. */
  cover: string;
  parts: PaperPart[];
  /** The parts' markup, in order: the steps, then the sections after them (the signatures). */
  body: string;
}

/**
 * Renders the workbook for paper from the contract's layout and the steps' front
 * matter: the sections before the first step go on the cover; each step becomes a
 * part headed "Step N · Title" with the guide's summary, its questions and room for
 * the therapist's notes; each section after the steps (the signatures) becomes a
 * part of its own. Only `fields` get writing areas (see listPaperFields).
 */
export function renderPaperWorkbook(layout: ContractLayout, fields: readonly PaperField[], steps: readonly PaperStep[]): PaperWorkbook {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const sections = layout.sections;
  const firstStep = Math.max(
    sections.findIndex((section) => section.step !== undefined),
    0,
  );
  const cover = sections
    .slice(0, firstStep)
    .map((section) => `<div class="paper-cover-answers">
<p class="paper-group-title">${escapeHtml(section.title)}</p>
${hint(section.hint)}
${renderPaperSection(section, byName)}
</div>`)
    .join("\n");
  const parts: PaperPart[] = [];
  const body = sections.slice(firstStep).map((section) => {
    const step = steps.find((candidate) => candidate.step === section.step);
    const part = partOf(section, step);
    parts.push(part);
    const summary = step ? `<p class="paper-summary">${escapeHtml(step.summary)}</p>` : "";
    const notes =
      section.step === undefined
        ? ""
        : `<div class="paper-notes">\n<p class="paper-notes-title">Notes for the therapist</p>\n<div class="paper-notes-space"></div>\n</div>`;
    return `<section class="paper-part paper-${section.step === undefined ? "end" : "step"}" aria-labelledby="${part.id}" data-paper-page="${part.pageName ?? ""}">
<header class="paper-part-header">
<h2 id="${part.id}" data-toc-heading>${escapeHtml(part.title)}</h2>
${summary}
${hint(section.hint)}
</header>
${renderPaperSection(section, byName)}
${notes}
</section>`;
  });
  return { cover, parts, body: body.join("\n") };
}

function partOf(section: Section, step: PaperStep | undefined): PaperPart {
  if (section.step === undefined) return { id: section.id, title: section.title, pageName: section.id };
  return { id: section.id, title: `Step ${section.step} · ${step?.title ?? section.title}`, pageName: section.id };
}

function hint(text: string | undefined): string {
  return text ? `<p class="paper-hint">${escapeHtml(text)}</p>` : "";
}
