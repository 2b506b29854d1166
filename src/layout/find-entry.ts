import type { ContractLayout, Entry, Pair, Section } from "./layout-types.ts";

/** The section of a layout with the given key, or undefined. */
export function findSection(layout: ContractLayout, key: string): Section | undefined {
  return layout.sections.find((section) => section.key === key);
}

/** The pair of a block with the given key (a signature's `strokes`, a partner's `name`), or undefined. */
export function findPair(block: { entries: Entry[] }, key: string): Pair | undefined {
  return block.entries.find((entry): entry is Pair => entry.kind === "pair" && entry.key === key);
}

/** The pairs of a block, in order: the questions each partner answers. */
export function pairsOf(block: { entries: Entry[] }): Pair[] {
  return block.entries.filter((entry): entry is Pair => entry.kind === "pair");
}

/** The entries of a block that are not asked of each partner: what the two answer together. */
export function sharedEntries(block: { entries: Entry[] }): Exclude<Entry, Pair>[] {
  return block.entries.filter((entry): entry is Exclude<Entry, Pair> => entry.kind !== "pair");
}
