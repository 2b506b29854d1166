import { getAt, parsePath } from "../contract/field-path.ts";
import { PARTNERS } from "../layout/contract-names.ts";
import type { ContractLayout, Section } from "../layout/layout-types.ts";
import type { Agreement, AgreementClause, AgreementSection, Run } from "./agreement-types.ts";
import type { Clause, ClauseFile, ClauseSet } from "./clause-file.ts";
import { parseTemplate, type TemplatePart } from "./parse-template.ts";
import { renderTemplate, type RenderContext } from "./render-template.ts";
import { indexSection, resolvePath, type Place } from "./section-index.ts";
import { tidyRuns } from "./tidy-runs.ts";

/**
 * Writes a contract's agreement in sentences from its layout, the clauses and the
 * couple's answers: the preamble from the couple's section, a numbered section per
 * step ("3.2" is the second clause of step 3 that has its answers), and the closing
 * promise from the signing section. A clause whose answers are missing is left out;
 * numbers count the clauses shown. Pure, and the same in the browser, the PDF and
 * the tests: the contract view and every printed copy say the same words.
 */
export function renderAgreement(layout: ContractLayout, clauses: ClauseSet, data: Record<string, unknown>, language = "en"): Agreement {
  const agreement: Agreement = { preamble: [], sections: [], closing: { heading: "", clauses: [] } };
  let nextNumber = Math.max(0, ...layout.sections.map((section) => section.step ?? 0)) + 1;
  for (const section of layout.sections) {
    const file = Object.hasOwn(clauses, section.key) ? clauses[section.key] : undefined;
    if (!file) continue;
    const rendered = renderSectionClauses(section, file, data, language);
    if (section.role === "couple") agreement.preamble.push(...rendered);
    else if (section.role === "signing") agreement.closing = { heading: file.heading ?? section.title, clauses: rendered };
    else {
      const number = section.step ?? nextNumber++;
      if (!rendered.length) continue;
      const numbered = rendered.map((clause, position) => ({ ...clause, number: `${number}.${position + 1}` }));
      agreement.sections.push({ key: section.key, id: section.id, number, heading: file.heading ?? section.title, clauses: numbered } satisfies AgreementSection);
    }
  }
  return agreement;
}

/** The clauses of one section that have their answers, in the file's order. */
export function renderSectionClauses(section: Section, file: ClauseFile, data: Record<string, unknown>, language: string): AgreementClause[] {
  const context: RenderContext = { data, language, index: indexSection(section), phrases: file.phrases ?? {} };
  return file.clauses.flatMap((clause) => {
    const rendered = renderClause(clause, section, context);
    return rendered ? [rendered] : [];
  });
}

/** One clause, or undefined when its answers are missing. */
export function renderClause(clause: Clause, section: Section, context: RenderContext): AgreementClause | undefined {
  const place: Place = { base: section.key, dataBase: section.key };
  const template = parsed(clause.text);
  if (clause.list !== undefined) {
    const intro = renderTemplate(template, place, context);
    const items = intro ? listItems(clause, place, context) : [];
    return intro && items.length ? { id: clause.id, runs: tidyRuns(intro), items } : undefined;
  }
  if (clause.each === "partner") {
    const sentences = PARTNERS.flatMap((partner) => {
      const runs = renderTemplate(template, { ...place, partner }, context);
      return runs ? [{ partner, runs: tidyRuns(runs) }] : [];
    });
    if (!sentences.length) return undefined;
    return {
      id: clause.id,
      runs: sentences.flatMap(({ runs }, position) => (position ? [{ kind: "words", text: " " } as Run, ...runs] : runs)),
      partners: sentences.map(({ partner }) => partner),
    };
  }
  const runs = renderTemplate(template, place, context);
  return runs ? { id: clause.id, runs: tidyRuns(runs) } : undefined;
}

/** The items of a list clause that have their answers: one line per item of the list, or per choice made. */
function listItems(clause: Clause, place: Place, context: RenderContext): Run[][] {
  const resolved = resolvePath(clause.list as string, place);
  if (!resolved.ok) return [];
  const values = getAt(context.data, parsePath(resolved.dataPath));
  if (!Array.isArray(values)) return [];
  const list = context.index.lists.get(resolved.path);
  // A list's items hold their own answers (`rituals.list.#`); a set of choices is its own item (".").
  const base = list ? list.itemPath : resolved.path;
  const template = parsed(clause.item ?? "{.}");
  return values.flatMap((_, position) => {
    const runs = renderTemplate(template, { base: list ? base : `${base}.#`, dataBase: `${resolved.dataPath}.${position}` }, context);
    return runs ? [tidyRuns(runs)] : [];
  });
}

const TEMPLATES = new Map<string, TemplatePart[]>();

/** A template read once: the clauses are checked at build, so reading them cannot fail here. */
function parsed(template: string): TemplatePart[] {
  let parts = TEMPLATES.get(template);
  if (!parts) TEMPLATES.set(template, (parts = parseTemplate(template)));
  return parts;
}
