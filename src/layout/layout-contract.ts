import type { CompiledSchema } from "../schema/compile-schema.ts";
import { ITEM, isItemList } from "../schema/list-leaves.ts";
import type { ObjectNode, SchemaNode } from "../schema/schema-node.ts";
import { COUPLE, PARTNERS, SECTION_IDS, type Partner } from "./contract-names.ts";
import type { AnswerKind, ContractLayout, Entry, Limits, Pair, PartnerBlock, PartnerEntry, Question, Section, SectionRole } from "./layout-types.ts";

/**
 * Lays a compiled contract schema out as the tree every view consumes: the sections
 * in order, each with its entries in order (a question, a question asked of both
 * partners, a group, a list), each with its path, title, hint, kind of answer,
 * choices and limits. Pure: the same schema always gives the same layout, in the
 * build, the browser and the command line alike.
 */
export function layoutContract(schema: LayoutSource): ContractLayout {
  let layout = LAYOUTS.get(schema);
  if (!layout) LAYOUTS.set(schema, (layout = buildLayout(schema)));
  return layout;
}

/** One layout per compiled schema: every view of a page or a build shares it. */
const LAYOUTS = new WeakMap<LayoutSource, ContractLayout>();

/** What a layout is made from: a compiled schema, or (in tests) any resolved tree. */
export type LayoutSource = Pick<CompiledSchema, "tree"> & { version?: number };

function buildLayout(schema: LayoutSource): ContractLayout {
  const root = schema.tree;
  if (root.type !== "object") throw new Error("a contract schema's root must be an object");
  const required = new Set(root.required ?? []);
  const loose: Exclude<Entry, Pair>[] = [];
  const sections: Section[] = [];
  for (const [key, node] of Object.entries(root.properties)) {
    if (node.type === "object") sections.push(sectionOf(key, node, required.has(key)));
    else loose.push(entryOf(key, key, node, required.has(key)) as Exclude<Entry, Pair>);
  }
  return { title: root.title ?? "Autonomy Contract", ...hintOf(root), version: schema.version ?? 0, root: loose, sections };
}

function sectionOf(key: string, node: ObjectNode, required: boolean): Section {
  const step = node["x-step"];
  const block = blockOf(key, node, required);
  return {
    key,
    id: step !== undefined ? `step-${step}` : (SECTION_IDS[key] ?? key),
    path: key,
    ...(step !== undefined ? { step } : {}),
    title: node.title ?? key,
    ...hintOf(node),
    required,
    role: roleOf(key, step, block.partners),
    ...block,
  };
}

function roleOf(key: string, step: number | undefined, partners: PartnerBlock | undefined): SectionRole {
  if (step !== undefined) return "step";
  if (key === COUPLE) return "couple";
  if (partners?.signature) return "signing";
  return "other";
}

/** The entries of an object; when it holds one part per partner, its questions come as pairs where those parts stand. */
function blockOf(path: string, node: ObjectNode, required: boolean): { partners?: PartnerBlock; entries: Entry[] } {
  const names = new Set(node.required ?? []);
  const paired = PARTNERS.every((partner) => Object.hasOwn(node.properties, partner));
  const partners = paired ? partnerBlockOf(path, node, (partner) => required && names.has(partner)) : undefined;
  const entries: Entry[] = [];
  for (const [key, child] of Object.entries(node.properties)) {
    if (partners && isPartner(key)) {
      if (key === PARTNERS[0]) entries.push(...pairsOf(node, partners));
      continue;
    }
    entries.push(entryOf(join(path, key), key, child, required && names.has(key)));
  }
  return { ...(partners ? { partners } : {}), entries };
}

function partnerBlockOf(path: string, node: ObjectNode, required: (partner: Partner) => boolean): PartnerBlock {
  const first = node.properties[PARTNERS[0] as Partner] as SchemaNode;
  return {
    title: first.title ?? "Partner",
    ...hintOf(first),
    paths: byPartner((partner) => join(path, partner)),
    required: byPartner(required),
    signature: PARTNERS.every((partner) => node.properties[partner]?.["x-widget"] === "signature"),
  };
}

/** One pair per question of the partners' parts, in the first partner's order. */
function pairsOf(node: ObjectNode, block: PartnerBlock): Entry[] {
  const parts = byPartner((partner) => node.properties[partner] as SchemaNode);
  const [first, second] = PARTNERS as [Partner, Partner];
  const firstPart = parts[first];
  if (firstPart.type !== "object") {
    // A partner's part that is a single answer is one pair.
    const entries = byPartner((partner) => entryOf(block.paths[partner], partner, parts[partner], block.required[partner]) as PartnerEntry);
    return [{ kind: "pair", key: first, title: firstPart.title ?? first, ...hintOf(firstPart), paths: pathsOf(entries), partners: entries }];
  }
  const secondPart = parts[second];
  const keys = Object.keys(firstPart.properties);
  if (secondPart.type !== "object" || JSON.stringify(Object.keys(secondPart.properties)) !== JSON.stringify(keys)) {
    throw new Error(`${block.paths[second]} must ask the same questions, in the same order, as ${block.paths[first]}`);
  }
  return keys.map((key) => {
    const entries = byPartner((partner) => {
      const part = parts[partner] as ObjectNode;
      const required = block.required[partner] && (part.required ?? []).includes(key);
      const entry = entryOf(join(block.paths[partner], key), key, part.properties[key] as SchemaNode, required);
      if (entry.kind === "pair") throw new Error(`${entry.paths.a}: answers per partner cannot hold answers per partner again`);
      return entry;
    });
    const shape = entries[first];
    return { kind: "pair", key, title: shape.title, ...(shape.hint ? { hint: shape.hint } : {}), paths: pathsOf(entries), partners: entries };
  });
}

function entryOf(path: string, key: string, node: SchemaNode, required: boolean): Entry {
  if (node.type === "object") {
    return { kind: "group", key, path, title: node.title ?? key, ...hintOf(node), required, ...blockOf(path, node, required) };
  }
  if (node.type === "array" && isItemList(node)) {
    const itemPath = join(path, ITEM);
    const items = node.items;
    const item = items.type === "object" ? blockOf(itemPath, items, true).entries : [questionOf(itemPath, ITEM, items, true)];
    return {
      kind: "list",
      key,
      path,
      title: node.title ?? key,
      ...hintOf(node),
      // As the validator has it: a required list needs an item (an empty one is pruned, so missing), whatever its minItems.
      required,
      itemPath,
      itemTitle: items.title ?? "Item",
      minItems: node.minItems ?? 0,
      maxItems: node.maxItems,
      unique: node.uniqueItems === true,
      scalar: items.type !== "object",
      item,
    };
  }
  return questionOf(path, key, node, required);
}

function questionOf(path: string, key: string, node: SchemaNode, required: boolean): Question {
  return {
    kind: "question",
    key,
    path,
    title: node.title ?? key,
    ...hintOf(node),
    required,
    answer: answerKind(node),
    choices: choicesOf(node),
    limits: limitsOf(node),
    node,
  };
}

/** The kind of answer a schema node stands for. */
export function answerKind(node: SchemaNode): AnswerKind {
  if (node.readOnly) return "computed";
  switch (node.type) {
    case "boolean":
      return "yes-no";
    case "number":
    case "integer":
      return node.const !== undefined ? "fixed" : "number";
    case "array":
      if (node.items.type === "string" && node.items.enum) return "choices";
      // A list of lists of points: the strokes of a drawn signature, which a screen records.
      if (node.items.type === "array") return "drawing";
      throw new Error(`a list of ${node.items.type} is a list of items, not one answer`);
    case "object":
      throw new Error("an object is not an answer: it holds answers");
    case "string":
      if (node.enum) return "choice";
      if (node["x-widget"] === "time-zone") return "time-zone";
      if (node.format === "date") return "date";
      if (node.format === "time") return "time";
      return "text";
  }
}

function choicesOf(node: SchemaNode): string[] {
  if (node.type === "string" && node.enum) return [...node.enum];
  if (node.type === "array" && node.items.type === "string" && node.items.enum) return [...node.items.enum];
  return [];
}

function limitsOf(node: SchemaNode): Limits {
  const limits: Limits = {};
  if (node.type === "string") {
    if (node.minLength !== undefined) limits.minLength = node.minLength;
    if (node.maxLength !== undefined) limits.maxLength = node.maxLength;
    if (node.pattern !== undefined) limits.pattern = node.pattern;
  }
  if (node.type === "number" || node.type === "integer") {
    if (node.minimum !== undefined) limits.minimum = node.minimum;
    if (node.maximum !== undefined) limits.maximum = node.maximum;
    const step = node.multipleOf ?? (node.type === "integer" ? 1 : undefined);
    if (step !== undefined) limits.step = step;
    if (node.type === "integer") limits.integer = true;
    if (node.const !== undefined) limits.value = node.const;
  }
  return limits;
}

function hintOf(node: SchemaNode): { hint?: string } {
  return node.description ? { hint: node.description } : {};
}

function isPartner(key: string): key is Partner {
  return (PARTNERS as readonly string[]).includes(key);
}

function byPartner<T>(make: (partner: Partner) => T): Record<Partner, T> {
  return Object.fromEntries(PARTNERS.map((partner) => [partner, make(partner)])) as Record<Partner, T>;
}

function pathsOf(entries: Record<Partner, { path: string }>): Record<Partner, string> {
  return byPartner((partner) => entries[partner].path);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
