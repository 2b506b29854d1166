/**
 * What is wrong with a line of the agreement read as a sentence: a placeholder or
 * bracket left in, "undefined" or "NaN", a doubled space or full stop, a space
 * before punctuation, no capital at the start or no full stop at the end, or broken
 * grammar the helpers exist to prevent ("one hours", "they needs", "a an"). Empty
 * when the line reads as a sentence.
 */
export function sentenceProblems(line: string): string[] {
  const problems: string[] = [];
  const check = (wrong: boolean, what: string) => wrong && problems.push(`${what}: ${JSON.stringify(line)}`);
  check(/[{}]|\[|\]/.test(line), "a placeholder or bracket is left in");
  check(/\b(undefined|null|NaN|\[object Object\]|true|false)\b/.test(line), "a value that is not words");
  check(/ {2}/.test(line), "a doubled space");
  check(/^\s|\s$/.test(line), "a space at an end");
  check(/ [.,;:!?]/.test(line), "a space before punctuation");
  check(/(?<!\.)\.\.(?!\.)|,\.|\.,(?!”)|;\./.test(line), "doubled punctuation");
  check(!/^[\p{Lu}\d“"‘]/u.test(line), "no capital at the start");
  check(!/[.!?:…]["”’)]*$/.test(line), "no full stop at the end");
  check(/\b(one|1) hours\b|\b(zero|0) hour\b|\ban hours\b/.test(line), "a broken plural");
  check(/\b[Tt]hey (needs|is|has|was|says|comes|takes|keeps|goes|asks|does)\b/.test(line), "a verb that does not agree with they");
  check(/\ba an\b|\ban a\b|\bthe the\b/i.test(line), "a doubled article");
  return problems;
}
