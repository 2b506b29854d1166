/** Code point ranges, inclusive, sorted and merged: what the print fonts can draw. */
export type Coverage = [number, number][];

/**
 * Where the build writes the coverage of the print fonts, inside the built site: for
 * the pdf command, which reads it from disk. Not under assets/, whose files are named
 * by their content and cached for ever; these keep their names from build to build.
 */
export const COVERAGE_FILE = "print-fonts/glyph-coverage.json";

/**
 * Where it writes what only the fonts of the extra print stylesheet (CJK and emoji,
 * layouts/css/print-fonts-cjk-emoji.css) draw: a contract with none of these
 * characters is printed without loading that stylesheet's 440 @font-face rules.
 */
export const EXTRA_COVERAGE_FILE = "print-fonts/glyph-coverage-extra.json";

/**
 * Characters that are never drawn as a glyph of their own: white space, the joiners
 * scripts and emoji need (ZWNJ, ZWJ), variation selectors, emoji tags, and the
 * direction controls, which the contract shows as codes instead.
 */
const NOT_DRAWN = /[\s\u200B-\u200D\u2060\uFE00-\uFE0F\u202A-\u202E\u2066-\u2069]|[\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]/u;

/** Merges ranges into sorted, disjoint ones. */
export function mergeRanges(ranges: Coverage): Coverage {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const merged: Coverage = [];
  for (const [from, to] of sorted) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** The parts of `ranges` that `without` does not cover (both swept once, in order). */
export function subtractRanges(ranges: Coverage, without: Coverage): Coverage {
  const cuts = mergeRanges(without);
  const left: Coverage = [];
  let cut = 0;
  for (const [from, to] of mergeRanges(ranges)) {
    let start = from;
    while (cut < cuts.length && cuts[cut]![1] < start) cut++;
    for (let at = cut; at < cuts.length && cuts[at]![0] <= to; at++) {
      const [cutFrom, cutTo] = cuts[at]!;
      if (cutFrom > start) left.push([start, cutFrom - 1]);
      start = Math.max(start, cutTo + 1);
    }
    if (start <= to) left.push([start, to]);
  }
  return left;
}

/** Reads a CSS unicode-range value (`U+0000-00FF, U+0131, U+4E??`) or fontconfig's charset (`20-7e a0`) into ranges. */
export function parseRanges(text: string): Coverage {
  const ranges: Coverage = [];
  for (const part of text.split(/[\s,]+/)) {
    const value = part.replace(/^U\+/i, "");
    if (!value) continue;
    if (value.includes("?")) {
      ranges.push([parseInt(value.replace(/\?/g, "0"), 16), parseInt(value.replace(/\?/g, "f"), 16)]);
      continue;
    }
    const [from, to = from] = value.split("-") as [string, string?];
    ranges.push([parseInt(from, 16), parseInt(to, 16)]);
  }
  return ranges.filter(([from, to]) => Number.isFinite(from) && Number.isFinite(to));
}

function covers(coverage: Coverage, codePoint: number): boolean {
  let low = 0;
  let high = coverage.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = coverage[middle] as [number, number];
    if (codePoint < from) high = middle - 1;
    else if (codePoint > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** A text answer with characters no print font can draw. */
export interface UndrawableText {
  path: string;
  characters: string[];
}

/**
 * Every string in the contract with characters that no print font has, by path, each
 * character once: printed, they would be empty boxes under two signatures.
 */
export function findUndrawable(data: unknown, coverage: Coverage, path: string[] = []): UndrawableText[] {
  if (typeof data === "string") {
    const characters = [...new Set([...data].filter((char) => !NOT_DRAWN.test(char) && !covers(coverage, char.codePointAt(0) as number)))];
    return characters.length ? [{ path: path.join("."), characters }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => findUndrawable(item, coverage, [...path, String(index)]));
  if (typeof data === "object" && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => findUndrawable(value, coverage, [...path, key]));
  }
  return [];
}

/** Whether any string in the contract has a character in `coverage` (one only the extra print fonts draw). */
export function usesAny(data: unknown, coverage: Coverage): boolean {
  if (typeof data === "string") return [...data].some((char) => covers(coverage, char.codePointAt(0) as number));
  if (Array.isArray(data)) return data.some((item) => usesAny(item, coverage));
  if (typeof data === "object" && data !== null) return Object.values(data).some((value) => usesAny(value, coverage));
  return false;
}

/** A character as a person can look it up: `"⟁" (U+27C1)`. */
export function describeCharacter(char: string): string {
  const code = `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
  return /\p{C}/u.test(char) ? code : `"${char}" (${code})`;
}
