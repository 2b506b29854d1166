import { getAt, parsePath } from "../contract/field-path.ts";
import { PARTNER_LABELS, PARTNER_PRONOUNS, COUPLE, partnerNamePath, type Partner } from "../layout/contract-names.ts";
import type { Run } from "./agreement-types.ts";
import { formatByKind, HELPERS, type FormatContext, type FormatHelper, type Piece, type TextHelper } from "./helpers.ts";
import type { Placeholder, TemplatePart } from "./parse-template.ts";
import { parsePronouns, possessive } from "./pronouns.ts";
import { otherPartner, resolvePath, type Place, type SectionIndex } from "./section-index.ts";

/** What rendering a template needs: the data, the page's language, the section's questions and the clause file's phrases. */
export interface RenderContext {
  data: Record<string, unknown>;
  language: string;
  index: SectionIndex;
  phrases: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Renders a template for one place (the section, a partner's turn, a list's item):
 * its words, with each placeholder's answer formatted, as runs. Undefined when an
 * answer outside square brackets is missing or does not fit, so the clause is left
 * out whole; a bracketed part whose answer is missing is left out alone. Never
 * throws on data: a draft may hold anything.
 */
export function renderTemplate(parts: readonly TemplatePart[], place: Place, context: RenderContext): Run[] | undefined {
  const runs: Run[] = [];
  for (const part of parts) {
    if (part.kind === "literal") runs.push({ kind: "words", text: part.text });
    else if (part.kind === "placeholder") {
      const rendered = renderPlaceholder(part, place, context);
      if (!rendered) return undefined;
      runs.push(...rendered);
    } else {
      const inner = renderTemplate(part.parts, place, context);
      if (inner) runs.push(...inner);
    }
  }
  return runs;
}

function renderPlaceholder(placeholder: Placeholder, place: Place, context: RenderContext): Run[] | undefined {
  const { ref, helpers } = placeholder;
  if (ref.kind === "person") {
    const partner = ref.person === "self" || ref.person === "other" ? (place.partner ? (ref.person === "self" ? place.partner : otherPartner(place.partner)) : undefined) : ref.person;
    return partner ? renderPerson(partner, helpers, context.data) : undefined;
  }
  const resolved = resolvePath(ref.path, place);
  if (!resolved.ok) return undefined;
  const question = context.index.questions.get(resolved.path);
  if (!question) return undefined;
  const phrases = context.phrases[context.index.phraseKeys.get(question.path) ?? ""];
  const formatting: FormatContext = { language: context.language, phrase: (choice) => (phrases && Object.hasOwn(phrases, choice) ? phrases[choice] : undefined) };
  const value = getAt(context.data, parsePath(resolved.dataPath));
  const [first, ...rest] = helpers.map((name) => HELPERS[name]);
  const formatter = first?.kind === "format" ? (first as FormatHelper) : undefined;
  const text = formatter ? formatter.format(value, formatting) : formatByKind(question.answer, value, formatting);
  if (text === undefined || text === "") return undefined;
  let piece: Piece = { before: "", text, after: "" };
  for (const helper of formatter ? rest : [first, ...rest]) if (helper?.kind === "text") piece = (helper as TextHelper).apply(piece);
  // What a person typed stays theirs; choices, numbers and dates are the clause's own words.
  const typed = question.answer === "text";
  return [
    ...(piece.before ? [{ kind: "words", text: piece.before } as const] : []),
    typed ? { kind: "typed", text: piece.text, path: resolved.dataPath } : { kind: "words", text: piece.text },
    ...(piece.after ? [{ kind: "words", text: piece.after } as const] : []),
  ];
}

/** A partner as a placeholder says them: their name (or "Partner A"), or a pronoun from their own pronouns, else their name again. */
function renderPerson(partner: Partner, helpers: readonly string[], data: Record<string, unknown>): Run[] {
  const typedName = getAt(data, parsePath(partnerNamePath(partner)));
  const name: Run = typeof typedName === "string" && typedName.trim() ? { kind: "typed", text: typedName.trim(), path: partnerNamePath(partner) } : { kind: "words", text: PARTNER_LABELS[partner] };
  const pronouns = parsePronouns(getAt(data, [COUPLE, partner, PARTNER_PRONOUNS]) as string | undefined);
  let runs: Run[] = [name];
  let pronoun = false;
  for (const helper of helpers.map((helperName) => HELPERS[helperName])) {
    if (helper?.kind === "person") {
      if (helper.form === "possessive") runs = [name, { kind: "words", text: possessive("").trimStart() }];
      else if (pronouns) {
        runs = [{ kind: "words", text: pronouns[helper.form] }];
        pronoun = true;
      } else runs = helper.form === "their" ? [name, { kind: "words", text: possessive("") }] : [name];
    } else if (helper?.kind === "text" && pronoun) {
      const [run] = runs as [Run];
      runs = [{ ...run, text: helper.apply({ before: "", text: run.text, after: "" }).text }];
    }
  }
  return runs;
}
