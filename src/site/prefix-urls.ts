/** The attributes that hold a URL in the site's pages. */
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster)=")\/(?!\/)/g;

/**
 * Puts every root-relative URL of a built page (`href="/safety/"`) under the path
 * prefix (`href="/autonomy-contract/safety/"`), leaving the rest of the page byte
 * for byte as it was. Eleventy's HTML base plugin does the same but re-serialises the
 * whole document, writing boolean attributes as `hidden=""`, which the site's
 * html-validate rules refuse. Safe on these pages: every attribute value is
 * double-quoted, and text never holds a raw `"` (markdown-it and Nunjucks escape it).
 */
export function prefixUrls(html: string, pathPrefix: string): string {
  if (pathPrefix === "/") return html;
  return html.replace(URL_ATTRIBUTE, `$1${pathPrefix}`);
}
