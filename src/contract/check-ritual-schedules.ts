import { RITUAL_PARTS, TOGETHER } from "../layout/contract-names.ts";
import type { ContractLayout, List } from "../layout/layout-types.ts";
import { sharedEntries } from "../layout/find-entry.ts";
import { unscheduledFrequencies } from "./ritual-schedule.ts";

/**
 * Checks that the schema's rituals can be scheduled: the rituals list exists with its
 * "How often" choices, and each choice has a schedule in ritual-schedule.ts (the
 * calendar and the rules of a complete contract depend on it). Returns one message
 * per problem; an empty list means the calendar can read every ritual.
 */
export function checkRitualSchedules(layout: ContractLayout): string[] {
  const section = layout.sections.find((candidate) => candidate.key === TOGETHER.section);
  const list = section && sharedEntries(section).find((entry): entry is List => entry.kind === "list" && entry.key === TOGETHER.list);
  const frequency = list?.item.find((entry) => entry.kind === "question" && entry.key === RITUAL_PARTS.frequency);
  if (!frequency || frequency.kind !== "question") return [`${TOGETHER.section}.${TOGETHER.list}: the rituals need a "${RITUAL_PARTS.frequency}" choice for the calendar`];
  return unscheduledFrequencies(frequency.choices).map(
    (choice) => `${frequency.path}: the choice "${choice}" has no schedule in src/contract/ritual-schedule.ts, so its rituals cannot go in a calendar`,
  );
}
