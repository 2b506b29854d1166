import { PARTNERS, type Partner } from "./contract-names.ts";
import { sharedEntries } from "./find-entry.ts";
import type { Section } from "./layout-types.ts";

/** The turn of a step in which the two partners answer together. */
export const TOGETHER = "together";

/** Whose turn a part of a step is: one partner's, or the two together. */
export type Turn = Partner | typeof TOGETHER;

/**
 * The turns of a section, in order: where both partners answer a step of the guide,
 * each partner's questions are a turn of their own ("Maya's answers", then "Jonas's
 * answers", so two people sharing one phone can hand it over), and what they answer
 * together is a last turn. Other sections (who you are, signing) are one view.
 */
export function sectionTurns(section: Pick<Section, "role" | "partners" | "entries">): Turn[] {
  if (section.role !== "step" || !section.partners) return [];
  return [...PARTNERS, ...(sharedEntries(section).length ? [TOGETHER as Turn] : [])];
}
