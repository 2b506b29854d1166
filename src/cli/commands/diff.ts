import { changeList } from "../../compare/change-list.ts";
import { layoutContract } from "../../layout/layout-contract.ts";
import { loadSchema } from "../../schema/load-schema.ts";
import type { RunCommand } from "../command-types.ts";
import { readContractInput } from "../read-contract-input.ts";

/**
 * `diff <old> <new>`: prints what changed between two versions of a contract, step
 * by step, `label: was … / now …`, from the same change list the workbook shows; or
 * "no changes". Each side is a contract file or a contract PDF, brought up to date
 * first. Exits 0 whether or not anything changed (1 and 2 are for unreadable input).
 */
export const diffCommand: RunCommand = async ({ files: [oldFile, newFile] }, output) => {
  const schema = await loadSchema();
  const [before, after] = await Promise.all([readContractInput(oldFile as string, schema), readContractInput(newFile as string, schema)]);
  const steps = changeList(layoutContract(schema), before.data, after.data);
  if (steps.length === 0) {
    output.out("no changes");
    return 0;
  }
  steps.forEach((step, index) => {
    if (index > 0) output.out("");
    output.out(step.heading);
    for (const entry of step.entries) output.out(`  ${entry.label}: was ${entry.before} / now ${entry.after}`);
  });
  return 0;
};
