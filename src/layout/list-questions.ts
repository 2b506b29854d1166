import { PARTNERS, type Partner } from "./contract-names.ts";
import type { ContractLayout, Entry, List, Pair, PartnerBlock, Question, Section } from "./layout-types.ts";

/** A question of the layout, with where it stands. */
export interface PlacedQuestion {
  question: Question;
  /** Its section; undefined for a fixed answer at the root (the schema version). */
  section?: Section;
  /** The partner whose answer it is, for a question asked of each partner. */
  partner?: Partner;
  /** The lists it is inside, outermost first (its path holds a `#` for each). */
  lists: List[];
  /** It is part of a partner's signature (what a screen records, or a name and date). */
  signature: boolean;
}

/** Something that holds entries: a section, a group, or a list item. */
interface Block {
  partners?: PartnerBlock;
  entries: Entry[];
}

/**
 * Every question of a layout, one per answer of the contract, in the order of the
 * schema (the order of CompiledSchema.leaves): the answers at the root first, then each
 * section's; a partner's answers to a run of paired questions come together, first
 * partner A's, then partner B's, as each partner fills in their own part.
 */
export function listQuestions(layout: ContractLayout): PlacedQuestion[] {
  const placed: PlacedQuestion[] = [];
  walk({ entries: layout.root }, { lists: [], signature: false }, placed);
  for (const section of layout.sections) placed.push(...listSectionQuestions(section));
  return placed;
}

/** The questions of one section, as listQuestions orders them. */
export function listSectionQuestions(section: Section): PlacedQuestion[] {
  const placed: PlacedQuestion[] = [];
  walk(section, { section, lists: [], signature: false }, placed);
  return placed;
}

/** The questions inside some entries (a group's parts, a pair's), in order, partner A's before partner B's. */
export function questionsIn(entries: Entry[]): Question[] {
  const placed: PlacedQuestion[] = [];
  walk({ entries }, { lists: [], signature: false }, placed);
  return placed.map(({ question }) => question);
}

type Context = Omit<PlacedQuestion, "question">;

function walk(block: Block, context: Context, placed: PlacedQuestion[]): void {
  const { entries } = block;
  for (let index = 0; index < entries.length; ) {
    const entry = entries[index] as Entry;
    if (entry.kind === "pair") {
      let end = index;
      while (entries[end]?.kind === "pair") end++;
      const run = entries.slice(index, end) as Pair[];
      for (const partner of PARTNERS) {
        const inner = { ...context, partner, signature: context.signature || block.partners?.signature === true };
        walk({ entries: run.map((pair) => pair.partners[partner]) }, inner, placed);
      }
      index = end;
      continue;
    }
    if (entry.kind === "question") placed.push({ question: entry, ...context });
    else if (entry.kind === "group") walk(entry, context, placed);
    else walk({ entries: entry.item }, { ...context, lists: [...context.lists, entry] }, placed);
    index++;
  }
}
