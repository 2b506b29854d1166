import { PARTNERS } from "../layout/contract-names.ts";
import type { ContractLayout, Question, Section } from "../layout/layout-types.ts";
import { listSectionQuestions } from "../layout/list-questions.ts";
import type { Clause, ClauseFile } from "./clause-file.ts";
import { HELPERS, type FormatHelper } from "./helpers.ts";
import { parseTemplate, placeholdersOf, TemplateError, type Placeholder, type TemplatePart } from "./parse-template.ts";
import { indexSection, resolvePath, type Place, type SectionIndex } from "./section-index.ts";

/** A clause file to check: the section it belongs to (its file name's key), its name for messages, and its parsed content. */
export interface NamedClauseFile {
  key: string;
  name: string;
  file: ClauseFile;
}

/** Kinds of answer that no sentence can say: fixed, worked out by the program, or drawn. */
const UNSAYABLE = new Set(["fixed", "computed", "drawing"]);

/**
 * Checks the clause files against the contract's layout, like the workbook form is
 * checked: every placeholder names an answer of its section (or a partner), every
 * helper exists and suits its answer, every choice has its phrase, a clause said for
 * each partner names the partner, and every required answer of the couple's section
 * and of each step appears in some clause. Returns one message per problem, naming
 * the file and the clause. `fileName` names the file a missing section would need.
 */
export function checkClauses(layout: ContractLayout, files: readonly NamedClauseFile[], fileName: (key: string) => string): string[] {
  const problems: string[] = [];
  const sections = new Map(layout.sections.map((section) => [section.key, section]));
  const covered = new Set<string>();
  for (const { key, name, file } of files) {
    const section = sections.get(key);
    if (!section) {
      problems.push(`${name}: the contract has no section "${key}" (a clause file is named after its section: ${layout.sections.map((s) => s.key).join(", ")})`);
      continue;
    }
    const index = indexSection(section);
    const say = (message: string) => problems.push(`${name}: ${message}`);
    if (section.role === "couple" && file.heading !== undefined) say(`"heading" is not used: the couple's clauses are the agreement's preamble`);
    if (section.role !== "couple" && file.heading === undefined) say(`"heading" is missing: the agreement heads this section with it`);
    checkPhrases(file, index, say);
    const ids = new Set<string>();
    for (const clause of file.clauses) {
      const sayClause = (message: string) => say(`clause "${clause.id}": ${message}`);
      if (ids.has(clause.id)) sayClause("another clause of this file has the same id");
      ids.add(clause.id);
      for (const path of checkClause(clause, file, index, sayClause)) covered.add(path);
    }
  }
  const given = new Set(files.map((file) => file.key));
  for (const section of layout.sections) {
    if (section.role !== "couple" && section.role !== "step" && section.role !== "signing") continue;
    if (!given.has(section.key)) {
      problems.push(`${fileName(section.key)} is missing: ${section.role === "signing" ? "the agreement's closing promise comes from it" : `the section "${section.key}" (“${section.title}”) needs clauses that state its answers`}`);
      continue;
    }
    if (section.role === "signing") continue;
    const name = files.find((file) => file.key === section.key)?.name as string;
    for (const question of requiredQuestions(section)) {
      if (!covered.has(question.path)) problems.push(`${name}: the required answer "${question.path}" (“${question.title}”) appears in no clause`);
    }
  }
  return problems;
}

/**
 * The questions of a section that every complete contract answers, and that a
 * sentence can say: required, and not inside an optional list (an item's required
 * answers are required only once the couple adds an item).
 */
function requiredQuestions(section: Section): Question[] {
  return listSectionQuestions(section)
    .filter((placed) => placed.question.required && placed.lists.every((list) => list.required) && !UNSAYABLE.has(placed.question.answer))
    .map((placed) => placed.question);
}

function checkPhrases(file: ClauseFile, index: SectionIndex, say: (message: string) => void): void {
  for (const [key, phrases] of Object.entries(file.phrases ?? {})) {
    const questions = [...index.questions.values()].filter((question) => index.phraseKeys.get(question.path) === key && !question.path.endsWith("#"));
    const question = questions[0];
    if (!question || !["choice", "choices", "yes-no"].includes(question.answer)) {
      say(`phrases "${key}": ${index.section.key} has no choice or yes-or-no question at "${key}"`);
      continue;
    }
    const expected = question.answer === "yes-no" ? ["true", "false"] : question.choices;
    for (const choice of expected) if (!Object.hasOwn(phrases, choice)) say(`phrases "${key}": no phrase for "${choice}"`);
    for (const [choice, phrase] of Object.entries(phrases)) {
      if (!expected.includes(choice)) say(`phrases "${key}": "${choice}" is not one of its ${question.answer === "yes-no" ? "answers (true, false)" : "choices"}`);
      if (/[{}[\]]/.test(phrase)) say(`phrases "${key}"."${choice}": a phrase is plain words, without { } [ ]`);
    }
  }
}

/** Checks one clause; returns the paths of the answers it states, for the coverage check. */
function checkClause(clause: Clause, file: ClauseFile, index: SectionIndex, say: (message: string) => void): string[] {
  const section = index.section;
  const read = (template: string, what: string): TemplatePart[] | undefined => {
    try {
      return parseTemplate(template);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      say(`${what}: ${error.message}`);
      return undefined;
    }
  };
  const text = read(clause.text, '"text"');
  const covered: string[] = [];
  const base: Place = { base: section.key, dataBase: section.key };
  if (clause.each === "partner" && !index.paired) say(`is said for each partner, but ${section.key} asks the partners nothing apart`);
  if (clause.each === "partner" && clause.list !== undefined) say(`a list clause is said once, not for each partner`);
  if (clause.item !== undefined && clause.list === undefined) say(`has an "item" but no "list"`);
  const places: Place[] = clause.each === "partner" && index.paired ? PARTNERS.map((partner) => ({ ...base, partner })) : [base];
  if (text) {
    for (const place of places) covered.push(...checkPlaceholders(placeholdersOf(text), place, file, index, say));
    if (clause.each === "partner" && !placeholdersOf(text).some(namesPartner)) say(`is said for each partner, but never names @self, @other, self.… or other.…`);
  }
  if (clause.list !== undefined) {
    const resolved = resolvePath(clause.list, base);
    const list = resolved.ok ? index.lists.get(resolved.path) : undefined;
    const choices = resolved.ok ? index.questions.get(resolved.path) : undefined;
    if (!resolved.ok || (!list && choices?.answer !== "choices")) {
      say(`"list": ${section.key} has no list or set of choices at "${clause.list}"`);
    } else {
      const item = read(clause.item ?? "{.}", '"item"');
      const itemBase = list ? list.itemPath : `${resolved.path}.#`;
      if (item) covered.push(...checkPlaceholders(placeholdersOf(item), { base: itemBase, dataBase: itemBase }, file, index, say));
      if (!list) covered.push(resolved.path);
      if (list) covered.push(list.path);
    }
  }
  return covered;
}

function namesPartner(placeholder: Placeholder): boolean {
  const { ref } = placeholder;
  return ref.kind === "person" ? ref.person === "self" || ref.person === "other" : /^(self|other)(\.|$)/.test(ref.path);
}

/** Checks placeholders at one place; returns the paths of the answers they name. */
function checkPlaceholders(placeholders: Placeholder[], place: Place, file: ClauseFile, index: SectionIndex, say: (message: string) => void): string[] {
  const covered: string[] = [];
  for (const placeholder of placeholders) {
    const { source, ref, helpers } = placeholder;
    const unknown = helpers.filter((name) => !Object.hasOwn(HELPERS, name));
    if (unknown.length) {
      say(`${source}: unknown helper ${unknown.map((name) => `"${name}"`).join(", ")} (the helpers are ${Object.keys(HELPERS).join(", ")})`);
      continue;
    }
    const kinds = helpers.map((name) => HELPERS[name]!);
    if (ref.kind === "person") {
      if ((ref.person === "self" || ref.person === "other") && !place.partner) say(`${source}: @${ref.person} is a partner only in a clause said for each partner ("each": "partner")`);
      const wrong = helpers.filter((name) => HELPERS[name]!.kind === "format");
      if (wrong.length) say(`${source}: "${wrong[0]}" formats an answer, not a person`);
      continue;
    }
    const resolved = resolvePath(ref.path, place);
    if (!resolved.ok) {
      say(`${source}: ${resolved.message}`);
      continue;
    }
    const question = index.questions.get(resolved.path);
    if (!question) {
      say(`${source} names no answer: ${describeMissing(resolved.path, index)}`);
      continue;
    }
    if (UNSAYABLE.has(question.answer)) say(`${source}: "${resolved.path}" is ${question.answer === "fixed" ? "fixed by the schema" : question.answer === "computed" ? "worked out by the program" : "a drawing"}, not something a sentence can say`);
    const persons = helpers.filter((name) => HELPERS[name]!.kind === "person");
    if (persons.length) say(`${source}: "${persons[0]}" gives a person's pronoun; an answer takes ${formatHelperNames()}, quote, lower or cap`);
    const formats = kinds.filter((helper): helper is FormatHelper => helper.kind === "format");
    if (formats.length > 1 || (formats.length === 1 && kinds[0]?.kind !== "format")) say(`${source}: one format helper at most, and first (after the path)`);
    const format = formats[0];
    const formatName = helpers.find((name) => HELPERS[name] === format);
    if (format && !format.accepts.includes(question.answer)) say(`${source}: "${formatName}" needs ${format.accepts.map(describeKind).join(" or ")}, but "${resolved.path}" is ${describeKind(question.answer)}`);
    else if (format?.refuses) {
      const refusal = format.refuses(question.choices);
      if (refusal) say(`${source}: "${formatName}" does not suit "${resolved.path}": ${refusal}`);
    }
    if (!format && question.answer === "yes-no" && !file.phrases?.[index.phraseKeys.get(question.path) ?? ""]) {
      say(`${source}: "${resolved.path}" is a yes or no, which needs "phrases" for true and false under "${index.phraseKeys.get(question.path)}"`);
    }
    covered.push(question.path);
  }
  return covered;
}

function describeMissing(path: string, index: SectionIndex): string {
  if (index.lists.has(path)) return `"${path}" is a list: give it a clause of its own, with "list" and "item"`;
  if ([...index.questions.keys()].some((other) => other.startsWith(`${path}.`))) return `"${path}" holds several answers: name one of them`;
  return `${index.section.key} has no answer at "${path}"`;
}

function describeKind(kind: string): string {
  return { number: "a number", text: "text", date: "a date", time: "a time", choice: "one choice", choices: "a set of choices", "yes-no": "a yes or no" }[kind] ?? kind;
}

function formatHelperNames(): string {
  return Object.entries(HELPERS)
    .filter(([, helper]) => helper.kind === "format")
    .map(([name]) => name)
    .join(", ");
}
