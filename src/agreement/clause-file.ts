import * as z from "zod/mini";

/**
 * One clause of the agreement: a template in plain words, with placeholders for the
 * answers and the partners (see parse-template.ts).
 */
export const Clause = z.strictObject({
  /** Names the clause in messages and in the page: lower-case words joined by hyphens. */
  id: z.string().check(z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: "must be lower-case words joined by hyphens, like \"low-battery\"" })),
  /** "partner": the clause is said once for each partner, with @self and @other, and self.… and other.… answers. */
  each: z.optional(z.literal("partner", { error: 'can only be "partner"' })),
  /** The sentence or sentences; for a list clause, the words before the list. */
  text: z.string().check(z.minLength(1, { error: "must not be empty" })),
  /** For a list clause: the path of the list (or of a set of choices) whose items follow as a bulleted list. */
  list: z.optional(z.string()),
  /** For a list clause: the template of one item, with paths relative to the item ("." for an item that is one answer). */
  item: z.optional(z.string()),
});
export type Clause = z.infer<typeof Clause>;

/** The clauses of one section of the contract: one file per section, named by its key (data/clauses/batteryPack.json). */
export const ClauseFile = z.strictObject({
  /** The heading of the section in the agreement ("Our battery packs"); the preamble has none. */
  heading: z.optional(z.string().check(z.minLength(1, { error: "must not be empty" }))),
  /**
   * How choices read inside a sentence, by the question's path within the section
   * (partners left out: "rhythm", "list.frequency"), then by choice: every choice
   * of the question, and "true" and "false" for a yes or no.
   */
  phrases: z.optional(z.record(z.string(), z.record(z.string(), z.string().check(z.minLength(1, { error: "must not be empty" }))))),
  clauses: z.array(Clause).check(z.minLength(1, { error: "must hold at least one clause" })),
});
export type ClauseFile = z.infer<typeof ClauseFile>;

/** Every section's clauses, by the section's key: what the build embeds in the contract page. */
export type ClauseSet = Record<string, ClauseFile>;

/** Checks the parsed JSON of a clause file, returning one message per problem, each with its place in the file. */
export function checkClauseFileShape(value: unknown): { ok: true; file: ClauseFile } | { ok: false; problems: string[] } {
  const result = ClauseFile.safeParse(value);
  if (result.success) return { ok: true, file: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const at = issue.path.length ? issue.path.map(String).join(".") : "the file";
      if (issue.code === "unrecognized_keys") return `${at}: unknown key ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
      if (issue.code === "invalid_type") return `${at}: must be ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : issue.expected}`;
      return `${at}: ${issue.message}`;
    }),
  };
}
