/**
 * The printed contract's page footer: the fingerprint on every page, at the left, and
 * "n / N" at the right, through CSS `@page` margin boxes (Chromium prints them
 * natively). The fingerprint changes with the contract, so the rule is made here; it
 * goes in a constructed stylesheet, which the page's CSP (style-src 'self') allows,
 * unlike a <style> element. `autonomy-contract verify` reads this text back.
 */
export function setPrintFooter(doc: Document, fingerprint: string | undefined, options: { draft?: boolean } = {}): void {
  const sheet = new CSSStyleSheet();
  // A fingerprint is 64 hex digits (the schema's pattern); anything else prints nothing.
  const text = fingerprint && /^[0-9a-f]{64}$/.test(fingerprint) ? `Fingerprint: ${fingerprint}` : "";
  // A draft says so at the top of every page, where nobody can take it for a signed contract.
  const draft = options.draft ? `@top-center { content: "${DRAFT_MARK}"; font-family: "Atkinson Hyperlegible Next", sans-serif; font-weight: 700; font-size: 14pt; color: #000; }` : "";
  sheet.replaceSync(`@page {
  ${draft}
  @bottom-left { content: "${text}"; font-family: ui-monospace, "Liberation Mono", monospace; font-size: 7pt; color: #333; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #333; }
}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((other) => !FOOTERS.has(other)), sheet];
  FOOTERS.add(sheet);
}

/** What every page of a draft prints at its top (`pdf --draft`); `verify` recognises a draft by it. */
export const DRAFT_MARK = "Draft, not signed";

/** The footer sheets this module made, so a new contract replaces the last one's. */
const FOOTERS = new WeakSet<CSSStyleSheet>();
