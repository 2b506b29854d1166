/**
 * The printed contract's page footer: the fingerprint on every page, at the left, and
 * "n / N" at the right, through CSS `@page` margin boxes (Chromium prints them
 * natively). The fingerprint changes with the contract, so the rule is made here; it
 * goes in a constructed stylesheet, which the page's CSP (style-src 'self') allows,
 * unlike a <style> element. `autonomy-contract verify` reads this text back.
 */
export function setPrintFooter(doc: Document, fingerprint: string | undefined): void {
  const sheet = new CSSStyleSheet();
  // A fingerprint is 64 hex digits (the schema's pattern); anything else prints nothing.
  const text = fingerprint && /^[0-9a-f]{64}$/.test(fingerprint) ? `Fingerprint: ${fingerprint}` : "";
  sheet.replaceSync(`@page {
  @bottom-left { content: "${text}"; font-family: ui-monospace, "Liberation Mono", monospace; font-size: 7pt; color: #333; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #333; }
}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((other) => !FOOTERS.has(other)), sheet];
  FOOTERS.add(sheet);
}

/** The footer sheets this module made, so a new contract replaces the last one's. */
const FOOTERS = new WeakSet<CSSStyleSheet>();
