import { getAt, parsePath } from "../contract/field-path.ts";
import { partnerNamesEither } from "../contract/partners.ts";
import type { ContractLayout } from "../layout/layout-types.ts";
import { changeHeading, changeLabel, changeValue } from "./describe-change.ts";
import { listChanges, type Change } from "./list-changes.ts";

/** What a removed list item's answers read as on the new side. */
export const REMOVED = "removed";

/** One answer that changed, as a person reads it: where, what it was, what it is now. */
export interface ChangeEntry {
  /** The concrete dotted path of the answer (`rituals.list.1.name`). */
  path: string;
  /** "Maya: “My rhythm”", "Ritual 3 (new): “Name”". */
  label: string;
  before: string;
  after: string;
  /** The path of the question to open to change it: the list itself for a removed item, whose question is gone. */
  target: string;
}

/** The changes of one step, under its heading ("Step 2: Together time"). */
export interface ChangeStep {
  heading: string;
  entries: ChangeEntry[];
}

/**
 * The readable list of what changed between two versions of a contract, step by
 * step and field by field: the one list the workbook's "What changed" view and the
 * command line's `diff` both render, so they can never disagree. Signatures are left
 * out (a renewal is always signed again), and so are the values the program carries.
 * A list item's answers stay together; an item only the newer version has is listed
 * answer by answer as "(new)", and one only the older has is one "(removed)" entry
 * with its answers in a line. The names are the newer version's, or the older's
 * where the newer has none.
 */
export function changeList(layout: ContractLayout, before: Record<string, unknown>, after: Record<string, unknown>): ChangeStep[] {
  const names = partnerNamesEither(after, before);
  // Grouped by step, then by what a person reads as one thing: an answer, or one list
  // item (listChanges gives a list's answers question by question, items interleaved).
  const groups = new Map<string, { heading: string; entries: ChangeEntry[]; removed?: Change[] }>();
  for (const change of listChanges(layout, before, after)) {
    if (change.signature) continue;
    const status = itemStatus(change, before, after);
    const key = change.item ? `${listPath(change.path)}.${change.item.number}` : change.path;
    const group = groups.get(key) ?? { heading: changeHeading(change), entries: [] };
    groups.set(key, group);
    if (status === REMOVED) (group.removed ??= []).push(change);
    else group.entries.push(entryOf(change, names, status));
  }
  const steps: ChangeStep[] = [];
  for (const { heading, entries, removed } of groups.values()) {
    let step = steps.find((found) => found.heading === heading);
    if (!step) steps.push((step = { heading, entries: [] }));
    step.entries.push(...entries, ...(removed ? [removedItem(removed, names)] : []));
  }
  return steps;
}

/** A list item only the older version has, as one entry: its answers in one line, "removed" now. */
function removedItem(changes: Change[], names: Record<"a" | "b", string>): ChangeEntry {
  const [first] = changes as [Change, ...Change[]];
  const item = `${first.item!.title} ${first.item!.number}`;
  const where = first.partner ? `${names[first.partner]}, ` : "";
  return {
    path: `${listPath(first.path)}.${first.item!.number - 1}`,
    label: `${where}${item} (${REMOVED})`,
    before: changes.map((change) => `${change.question.title}: ${changeValue(change, change.before)}`).join("; "),
    after: REMOVED,
    target: listPath(first.path),
  };
}

function entryOf(change: Change, names: Record<"a" | "b", string>, status: "new" | undefined): ChangeEntry {
  const label = changeLabel(change, names);
  // "Ritual 3" becomes "Ritual 3 (new)": the item itself is what changed.
  const item = change.item && `${change.item.title} ${change.item.number}`;
  return {
    path: change.path,
    label: status && item ? label.replace(item, `${item} (${status})`) : label,
    before: changeValue(change, change.before),
    after: changeValue(change, change.after),
    target: change.path,
  };
}

/** "new" when only the newer version has this list item, "removed" when only the older one does. */
function itemStatus(change: Change, before: unknown, after: unknown): "new" | typeof REMOVED | undefined {
  if (!change.item) return undefined;
  const item = `${listPath(change.path)}.${change.item.number - 1}`;
  const [was, now] = [getAt(before, parsePath(item)), getAt(after, parsePath(item))];
  if (was === undefined && now !== undefined) return "new";
  if (was !== undefined && now === undefined) return REMOVED;
  return undefined;
}

/** The list a concrete item path is in: `rituals.list.2.name` → `rituals.list`. */
function listPath(path: string): string {
  const keys = path.split(".");
  const index = keys.findIndex((key) => /^\d+$/.test(key));
  return index === -1 ? path : keys.slice(0, index).join(".");
}
