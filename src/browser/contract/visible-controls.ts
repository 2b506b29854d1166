import { element } from "../element.ts";

/**
 * The Unicode direction controls: embeddings and overrides (U+202A to U+202E) and
 * isolates (U+2066 to U+2069). Hidden in an answer, they can make the printed line
 * read differently from the data both partners signed ("pay 100" shown as "001 yap").
 */
export const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Short names, as Unicode abbreviates them, for the visible codes. */
const NAMES: Record<string, string> = {
  "\u202A": "LRE",
  "\u202B": "RLE",
  "\u202C": "PDF",
  "\u202D": "LRO",
  "\u202E": "RLO",
  "\u2066": "LRI",
  "\u2067": "RLI",
  "\u2068": "FSI",
  "\u2069": "PDI",
};

/** The marked code of a direction control: its short name and code point (`RLO U+202E`). */
function codeOf(char: string): { name: string; code: string } {
  return { name: NAMES[char] ?? "", code: `U+${char.codePointAt(0)!.toString(16).toUpperCase()}` };
}

/**
 * A text for places that hold no markup (the page's title, which becomes the PDF's
 * title, an accessible name): each direction control written out as `[RLO U+202E]`.
 */
export function visibleControlsText(text: string): string {
  return text.replace(DIRECTION_CONTROLS, (char) => {
    const { name, code } = codeOf(char);
    return `[${name} ${code}]`;
  });
}

/**
 * A person's text (an answer, a name) as nodes in which every direction control is replaced by a small
 * marked code (`RLO U+202E`), isolated and left to right, so it is seen and reorders
 * nothing around it. Everything else stays as typed: the joiners that scripts and
 * emoji need (ZWJ, ZWNJ) and the natural direction of Hebrew or Arabic text.
 */
export function visibleControls(text: string): (Node | string)[] {
  const nodes: (Node | string)[] = [];
  let from = 0;
  for (const match of text.matchAll(DIRECTION_CONTROLS)) {
    const at = match.index;
    if (at > from) nodes.push(text.slice(from, at));
    const char = match[0];
    const { name, code } = codeOf(char);
    nodes.push(
      element("span", {
        className: "contract-control",
        attributes: { dir: "ltr", title: `A hidden direction control (${name}, ${code}) was typed here; it is shown, not applied` },
        children: [`${name} ${code}`],
      }),
    );
    from = at + char.length;
  }
  if (from < text.length) nodes.push(text.slice(from));
  return nodes;
}
