/** Who a person placeholder names: a partner by key, or, in a clause said for each partner, that partner and the other. */
export type Person = "a" | "b" | "self" | "other";

/** A placeholder: `{self.hoursPerWeek|hours}`, `{@other|their}`, `{.}` (a list's item itself). */
export interface Placeholder {
  kind: "placeholder";
  /** The placeholder as written, braces included, for messages. */
  source: string;
  ref: { kind: "person"; person: Person } | { kind: "answer"; path: string };
  helpers: string[];
}

/** Literal words of a clause. */
export interface Literal {
  kind: "literal";
  text: string;
}

/** A part in square brackets, left out when any of its answers is missing: `[ ({a.pronouns})]`. */
export interface Optional {
  kind: "optional";
  source: string;
  parts: (Literal | Placeholder)[];
}

export type TemplatePart = Literal | Placeholder | Optional;

/** A clause's template that cannot be read, with what is wrong and where. */
export class TemplateError extends Error {
  override name = "TemplateError";
}

const PERSON = /^@(a|b|self|other)$/;
/** A dotted path of property names relative to the section (or to a list's item), or "." for the item itself. */
const PATH = /^(?:\.|[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)$/;
const HELPER = /^[a-z][a-z-]*$/;

/**
 * Reads a clause template into literal words, placeholders and optional parts. The
 * characters `{ } [ ]` are the template's own: `{path|helper|helper}` stands for an
 * answer or a person, `[ … ]` for words kept only when their answers are there.
 * Nothing in a template is ever code: a placeholder names an answer, never an
 * expression.
 */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let optional: Optional | undefined;
  let optionalStart = 0;
  let index = 0;
  const add = (part: Literal | Placeholder) => (optional ? optional.parts : parts).push(part);
  while (index < template.length) {
    const char = template[index] as string;
    if (char === "{") {
      const end = template.indexOf("}", index);
      const next = template.indexOf("{", index + 1);
      if (end === -1 || (next !== -1 && next < end)) throw new TemplateError(`a "{" at character ${index + 1} is never closed`);
      add(parsePlaceholder(template.slice(index, end + 1)));
      index = end + 1;
    } else if (char === "[") {
      if (optional) throw new TemplateError(`a "[" at character ${index + 1} opens inside another [ … ]: optional parts do not nest`);
      optional = { kind: "optional", source: "", parts: [] };
      optionalStart = index;
      index++;
    } else if (char === "]") {
      if (!optional) throw new TemplateError(`a "]" at character ${index + 1} closes nothing`);
      optional.source = template.slice(optionalStart, index + 1);
      if (!optional.parts.some((part) => part.kind === "placeholder")) throw new TemplateError(`${optional.source} has no placeholder, so it would always be shown: drop its brackets`);
      parts.push(optional);
      optional = undefined;
      index++;
    } else if (char === "}") {
      throw new TemplateError(`a "}" at character ${index + 1} closes nothing`);
    } else {
      let end = index;
      while (end < template.length && !"{}[]".includes(template[end] as string)) end++;
      add({ kind: "literal", text: template.slice(index, end) });
      index = end;
    }
  }
  if (optional) throw new TemplateError(`a "[" at character ${optionalStart + 1} is never closed`);
  return parts;
}

function parsePlaceholder(source: string): Placeholder {
  const [ref = "", ...helpers] = source.slice(1, -1).split("|");
  if (ref === "") throw new TemplateError(`${source} names nothing`);
  const badHelper = helpers.find((helper) => !HELPER.test(helper));
  if (badHelper !== undefined) throw new TemplateError(`${source}: "${badHelper}" is not a helper's name (lower-case letters and hyphens)`);
  const person = PERSON.exec(ref);
  if (person) return { kind: "placeholder", source, ref: { kind: "person", person: person[1] as Person }, helpers };
  if (ref.startsWith("@")) throw new TemplateError(`${source}: "${ref}" is not a person: use @a, @b, @self or @other`);
  if (!PATH.test(ref)) throw new TemplateError(`${source}: "${ref}" is not a path of answers (names joined by dots)`);
  return { kind: "placeholder", source, ref: { kind: "answer", path: ref }, helpers };
}

/** Every placeholder of a template, those in optional parts included. */
export function placeholdersOf(parts: readonly TemplatePart[]): Placeholder[] {
  return parts.flatMap((part) => (part.kind === "placeholder" ? [part] : part.kind === "optional" ? part.parts.filter((inner): inner is Placeholder => inner.kind === "placeholder") : []));
}
