import { loadSchema } from "../../schema/load-schema.ts";
import { checkContractFile } from "../check-contract-file.ts";
import { checkOutputFile } from "../check-output-file.ts";
import { CliError } from "../cli-error.ts";
import type { RunCommand } from "../command-types.ts";
import { replaceExtension } from "../replace-extension.ts";
import { writeOutputFile } from "../write-output-file.ts";

/**
 * `calendar <contract.json>`: writes the contract's rituals, daily moment, personal
 * blocks, check-in and review as an iCalendar file. The contract is checked as a
 * draft is (strict JSON, brought up to date, every answer fits its question): a
 * calendar needs no signatures, only the times. What cannot be placed (a ritual
 * that does not say its days) is named on its own line, and the rest is written.
 */
export const calendarCommand: RunCommand = async ({ files: [input], options }, output) => {
  const file = input as string;
  const out = options.out ?? replaceExtension(file, ".json", ".ics");
  const contract = await checkContractFile(file, await loadSchema(), { draft: true });
  await checkOutputFile(out, file);
  const { calendarFile } = await import("../../calendar/calendar-file.ts");
  const calendar = await calendarFile(contract.data);
  if (!calendar.ok) throw new CliError(calendar.message, { file });
  await writeOutputFile(out, calendar.text, file);
  output.out(`wrote ${out}: ${calendar.events} ${calendar.events === 1 ? "event" : "events"} for ${contract.names}`);
  for (const reason of calendar.leftOut) output.out(`left out: ${reason}`);
  return 0;
};
