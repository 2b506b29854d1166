import { PARTNERS } from "../layout/contract-names.ts";
import type { ContractLayout } from "../layout/layout-types.ts";
import type { NamedClauseFile } from "./check-clauses.ts";
import { renderClause } from "./render-agreement.ts";
import type { RenderContext } from "./render-template.ts";
import { indexSection } from "./section-index.ts";

/**
 * Renders every clause with the sample contract, which answers every question: a
 * clause the sample leaves out (or says for one partner only) would never be seen
 * before a couple meets it, so the build refuses it, naming the file and the clause.
 */
export function checkSampleClauses(layout: ContractLayout, files: readonly NamedClauseFile[], sample: Record<string, unknown>, sampleName: string, language = "en"): string[] {
  const problems: string[] = [];
  for (const { key, name, file } of files) {
    const section = layout.sections.find((candidate) => candidate.key === key);
    if (!section) continue;
    const context: RenderContext = { data: sample, language, index: indexSection(section), phrases: file.phrases ?? {} };
    for (const clause of file.clauses) {
      const rendered = renderClause(clause, section, context);
      if (!rendered || (clause.each === "partner" && rendered.partners?.length !== PARTNERS.length)) {
        problems.push(`${name}: clause "${clause.id}" is left out of the sample contract (${sampleName}): the sample must answer what every clause says`);
      }
    }
  }
  return problems;
}
