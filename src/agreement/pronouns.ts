/** The forms of a person's pronoun that clauses use. */
export interface Pronouns {
  /** Subject: "she", "he", "they". */
  they: string;
  /** Object: "her", "him", "them". */
  them: string;
  /** Possessive determiner: "her", "his", "their". */
  their: string;
}

/** The pronoun sets the clauses know, by their subject form. */
const SETS: Readonly<Record<string, Pronouns>> = {
  she: { they: "she", them: "her", their: "her" },
  he: { they: "he", them: "him", their: "his" },
  they: { they: "they", them: "them", their: "their" },
};

/**
 * Reads the pronouns a partner gave ("she/her", "He / Him", "they/them/theirs",
 * "she/they") as one of the sets the clauses know, by its first word; anything else
 * ("ze/hir", "any", a name) gives undefined, and the clauses then use the person's
 * name, which is always right.
 */
export function parsePronouns(text: string | undefined): Pronouns | undefined {
  if (typeof text !== "string") return undefined;
  const words = text.trim().toLowerCase().split(/\s*[/,]\s*|\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined || !Object.hasOwn(SETS, first)) return undefined;
  const set = SETS[first] as Pronouns;
  // A word we do not know ("she/xe") may change what the person means: rather than guess, use the name.
  const known = new Set(Object.values(SETS).flatMap((forms) => [forms.they, forms.them, forms.their, `${forms.their}s`, "hers", "theirs"]));
  return words.every((word) => known.has(word)) ? set : undefined;
}

/** A name in the possessive: "Maya’s", "Jonas’s" (the apostrophe and s that most style guides now give every name). */
export function possessive(name: string): string {
  return `${name}’s`;
}
