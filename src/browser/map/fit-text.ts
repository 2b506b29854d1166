/** Characters drawn a full em wide: CJK ideographs, kana, hangul, fullwidth forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const NARROW = /[\sil.,:;'’|!()[\]ftj]/;
/** Direction controls a person may have typed: dropped from drawn text, where they could reorder the picture's words (the table shows them). */
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * About how wide a text is at a font size, without a browser to measure it: the map
 * is drawn as data before it is on a page, so it errs wide (0.6 em for most letters,
 * a full em for CJK), and a label that would not fit is wrapped or shortened.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : NARROW.test(char) ? 0.32 : /[A-Zmw]/.test(char) ? 0.78 : 0.6;
  return ems * size;
}

/**
 * A person's text as lines of at most `width` at `size`, broken between words (or
 * anywhere, for words longer than a line and for CJK), at most `maxLines` of them:
 * the last line ends in "…" when text was left out (the table has it in full).
 * Each line is isolated in its own direction (U+2068…U+2069), so an Arabic name
 * reads right to left inside a left-to-right picture.
 */
export function fitText(text: string, width: number, size: number, maxLines = 1, typed = true): string[] {
  const clean = (typed ? text.replace(CONTROLS, "") : text).replace(/\s+/g, " ").trim();
  const lines: string[] = [];
  let line = "";
  const tokens = clean.match(/[^\s]+\s*/g) ?? [];
  // An isolated name is one token: it is never broken inside a sentence (shortName already made it fit).
  for (const token of tokens.flatMap((word) => (word.includes("\u2068") || (textWidth(word, size) <= width && !WIDE.test(word)) ? [word] : Array.from(word)))) {
    if (line && textWidth((line + token).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = "";
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length > maxLines) {
    let last = lines[maxLines - 1] as string;
    while (last && textWidth(`${last}…`, size) > width) last = Array.from(last).slice(0, -1).join("");
    lines.splice(maxLines, Infinity);
    lines[maxLines - 1] = `${last.trimEnd()}…`;
  }
  return typed ? lines.map((one) => `\u2068${one}\u2069`) : lines;
}

/**
 * A sentence of the map's own words around names already isolated (shortName): wrapped
 * like fitText, but its lines are not isolated, so the sentence keeps the picture's
 * direction however the names are written.
 */
export function fitSentence(text: string, width: number, size: number, maxLines = 1): string[] {
  return fitText(text, width, size, maxLines, false);
}

/** A name short enough to stand in a sentence of a panel: one line of at most `width`, "…" when cut, isolated in its own direction. */
export function shortName(name: string, width: number, size: number): string {
  return fitText(name, width, size, 1)[0] ?? "";
}
