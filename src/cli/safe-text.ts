/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts
 * ANSI sequences that recolour, retitle or rewrite the screen; CSI U+009B does the
 * same in one character), DEL, and the bidirectional overrides that reorder what is
 * shown (CVE-2021-42574, "Trojan Source"). Lone surrogates cannot be written as
 * UTF-8 at all.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One line of text as it may safely be printed: every character a terminal would
 * act on is shown as a `\uXXXX` escape, and everything else (HTML, `<script>`,
 * `file://` URLs) is left exactly as it is, since a terminal does not interpret it.
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
