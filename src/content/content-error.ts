/** An error in the site's content: it names the file and, where known, the field. */
export class ContentError extends Error {
  override name = "ContentError";
}
