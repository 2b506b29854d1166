import { getAt, parsePath } from "../contract/field-path.ts";
import { partnerNames } from "../contract/partners.ts";
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
 * out (a renewal is always signed again), and so are the values the program carries;
 * a list item that one version does not have reads as "(new)" or "(removed)". The
 * names are the newer version's, or the older's where the newer has none.
 */
export function changeList(layout: ContractLayout, before: Record<string, unknown>, after: Record<string, unknown>): ChangeStep[] {
  const names = partnerNames(after);
  const older = partnerNames(before);
  for (const partner of ["a", "b"] as const) if (names[partner].startsWith("Partner ")) names[partner] = older[partner];
  const steps: ChangeStep[] = [];
  for (const change of listChanges(layout, before, after)) {
    if (change.signature) continue;
    const heading = changeHeading(change);
    let step = steps.at(-1);
    if (step?.heading !== heading) steps.push((step = { heading, entries: [] }));
    step.entries.push(entryOf(change, names, before, after));
  }
  return steps;
}

function entryOf(change: Change, names: Record<"a" | "b", string>, before: unknown, after: unknown): ChangeEntry {
  const status = itemStatus(change, before, after);
  const label = changeLabel(change, names);
  // "Ritual 3" becomes "Ritual 3 (new)": the item itself is what changed.
  const item = change.item && `${change.item.title} ${change.item.number}`;
  return {
    path: change.path,
    label: status && item ? label.replace(item, `${item} (${status})`) : label,
    before: changeValue(change, change.before),
    after: status === REMOVED ? REMOVED : changeValue(change, change.after),
    target: status === REMOVED ? listPath(change.path) : change.path,
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
