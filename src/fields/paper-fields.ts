import type { CompiledSchema } from "../schema/compile-schema.ts";
import { ITEM, type Leaf } from "../schema/list-leaves.ts";
import type { ArrayNode, SchemaNode } from "../schema/schema-node.ts";

/** How an answer is written on paper, and which AcroForm field stands for it. */
export type PaperFieldKind = "text" | "number" | "date" | "time" | "choice" | "choices" | "check";

/** One writing area or set of boxes of the printed workbook, and of the fillable PDF. */
export interface PaperField {
  /** Dotted contract path, list rows numbered from 0 (`rituals.list.0.name`); also the AcroForm name. */
  name: string;
  /** The schema answer it stands for, as in CompiledSchema.leaves (`rituals.list.#.name`). */
  leaf: string;
  kind: PaperFieldKind;
  /** The schema's title of the answer. */
  title: string;
  /** The choices of "choice" and "choices", in the schema's order; empty otherwise. */
  options: string[];
  /** The schema's maxLength, for text-like kinds. */
  maxLength?: number;
  /** Ruled lines printed for it (1 for one-line kinds). */
  lines: number;
}

/**
 * Rows printed for a list: paper cannot grow, and a couple rarely needs more than four
 * rituals or moves of their own; the schema's maxItems caps it when it is lower.
 */
export const PAPER_LIST_ROWS = 4;

/**
 * Characters one ruled line stands for. A half-width partner column is about 85 mm
 * wide, which holds about 55 characters of the fillable PDF's 10 pt type; by hand it
 * holds fewer, but few answers use their whole maxLength. Rounded to the nearest
 * line, so a name of up to 60 characters gets one line, not a second almost empty one.
 */
export const CHARS_PER_LINE = 55;

/** The fewest and most ruled lines of a text answer: a long answer must not eat the page. */
export const MIN_LINES = 1;
export const MAX_LINES = 8;

/** Lines for free text without a maxLength (the schema checker requires one, but be safe). */
const UNBOUNDED_LINES = 3;

/**
 * Every answer of the contract as it is written on paper, in the schema's order. The
 * answers are the schema's leaves, less those paper has no place for: constants, what
 * the program fills in (readOnly), and what a signature widget records about signing
 * on a screen (how it was signed, the drawn strokes): on paper a person signs by hand.
 * Lists become numbered rows (see paperListRows).
 */
export function listPaperFields(schema: CompiledSchema): PaperField[] {
  const onPaper = schema.leaves.filter((leaf) => isOnPaper(schema.tree, leaf));
  return expandLists(schema.tree, onPaper.map((leaf) => ({ name: leaf.path, leaf }))).map(({ name, leaf }) => {
    const kind = paperKind(leaf.node);
    const maxLength = leaf.node.type === "string" ? leaf.node.maxLength : undefined;
    return {
      name,
      leaf: leaf.path,
      kind,
      title: leaf.node.title ?? leaf.path,
      options: optionsOf(leaf.node),
      ...(kind === "text" && maxLength !== undefined ? { maxLength } : {}),
      lines: kind === "text" ? paperLines(maxLength) : 1,
    };
  });
}

/** How many rows a list gets on paper: its maxItems, at most PAPER_LIST_ROWS. */
export function paperListRows(list: ArrayNode): number {
  return Math.min(list.maxItems, PAPER_LIST_ROWS);
}

/** Ruled lines for a free-text answer of at most `maxLength` characters. */
export function paperLines(maxLength: number | undefined): number {
  if (maxLength === undefined) return UNBOUNDED_LINES;
  return Math.min(MAX_LINES, Math.max(MIN_LINES, Math.round(maxLength / CHARS_PER_LINE)));
}

/** The kind of writing area a leaf of the schema needs on paper. */
export function paperKind(node: SchemaNode): PaperFieldKind {
  switch (node.type) {
    case "boolean":
      return "check";
    case "number":
    case "integer":
      return "number";
    case "array":
      if (node.items.type === "string" && node.items.enum) return "choices";
      throw new Error(`a list of ${node.items.type} has no place on paper`);
    case "object":
      throw new Error("an object is not an answer: it has no writing area of its own");
    case "string":
      if (node.enum) return "choice";
      if (node.format === "date") return "date";
      if (node.format === "time") return "time";
      return "text";
  }
}

function optionsOf(node: SchemaNode): string[] {
  if (node.type === "string" && node.enum) return [...node.enum];
  if (node.type === "array" && node.items.type === "string" && node.items.enum) return [...node.items.enum];
  return [];
}

function isOnPaper(tree: SchemaNode, leaf: Leaf): boolean {
  const node = leaf.node;
  if ((node.type === "number" || node.type === "integer") && node.const !== undefined) return false;
  if (node.readOnly) return false;
  // A list of lists is data a screen records (a drawn signature's strokes), not an answer to write.
  if (node.type === "array" && !(node.items.type === "string" && node.items.enum)) return false;
  // Inside a signature, only what a hand writes stays: the name and the date. The
  // choices about how to sign on a screen mean nothing on paper.
  if (insideSignature(tree, leaf.path) && paperKind(node) !== "text" && paperKind(node) !== "date") return false;
  return true;
}

/** Walks from the root along a path (`#` or a row number for a list's items), yielding each node on the way. */
function* nodesAlong(tree: SchemaNode, path: string): Generator<{ node: SchemaNode; at: string[] }> {
  let node: SchemaNode = tree;
  const at: string[] = [];
  for (const key of path.split(".")) {
    if (key === ITEM || /^[0-9]+$/.test(key)) {
      if (node.type !== "array") throw new Error(`"${path}": "${at.join(".")}" is not a list`);
      node = node.items;
    } else {
      if (node.type !== "object" || !(key in node.properties)) throw new Error(`"${path}": the schema has no "${[...at, key].join(".")}"`);
      node = node.properties[key] as SchemaNode;
    }
    at.push(key);
    yield { node, at: [...at] };
  }
}

function insideSignature(tree: SchemaNode, path: string): boolean {
  return [...nodesAlong(tree, path)].some(({ node }) => node["x-widget"] === "signature");
}

/**
 * Replaces the first "#" of each name by row numbers, row by row: all of item 0's
 * answers, then item 1's, as a person fills them in (and as the PDF's tab order
 * runs). The answers of one list are consecutive among the leaves, so they are
 * taken together; a list inside a list is expanded by the recursive call.
 */
function expandLists(tree: SchemaNode, entries: { name: string; leaf: Leaf }[]): { name: string; leaf: Leaf }[] {
  const result: { name: string; leaf: Leaf }[] = [];
  for (let start = 0; start < entries.length; ) {
    const list = listOf((entries[start] as { name: string }).name);
    let end = start + 1;
    while (list !== undefined && end < entries.length && listOf((entries[end] as { name: string }).name) === list) end++;
    const group = entries.slice(start, end);
    if (list === undefined) result.push(...group);
    else {
      const node = [...nodesAlong(tree, list)].pop()?.node as ArrayNode;
      for (let row = 0; row < paperListRows(node); row++) {
        const rowPrefix = join(list, String(row));
        const itemPrefix = join(list, ITEM);
        result.push(...expandLists(tree, group.map(({ name, leaf }) => ({ name: rowPrefix + name.slice(itemPrefix.length), leaf }))));
      }
    }
    start = end;
  }
  return result;
}

/** The path of the outermost list not yet expanded in a name, or undefined. */
function listOf(name: string): string | undefined {
  const keys = name.split(".");
  const at = keys.indexOf(ITEM);
  return at === -1 ? undefined : keys.slice(0, at).join(".");
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
