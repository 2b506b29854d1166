/**
 * Chromium writes no form fields, but it writes a link annotation, with the exact
 * rectangle on the right page, for every link it prints. The PDF stage puts an
 * invisible overlay link over each writing area (and over each heading, to learn
 * its page number), then replaces those links. These hosts can never resolve
 * (RFC 6761 reserves .invalid), so a stray marker goes nowhere.
 */
export const FIELD_MARKER = "https://field.invalid/";
export const HEADING_MARKER = "https://heading.invalid/";
/** Marks a box that grows to the end of its page (fill-page-ends.ts). */
export const FILL_MARKER = "https://fill.invalid/";

/** The marker URL of a field, or of one option of a choice field. */
export function fieldMarkerUrl(name: string, option?: number): string {
  return option === undefined ? `${FIELD_MARKER}${name}` : `${FIELD_MARKER}${name}/${option}`;
}

/** The field name and option index a field marker URL stands for, or undefined. */
export function parseFieldMarker(url: string): { name: string; option?: number } | undefined {
  if (!url.startsWith(FIELD_MARKER)) return undefined;
  const [name, option, ...rest] = url.slice(FIELD_MARKER.length).split("/");
  if (!name || rest.length > 0 || !/^[A-Za-z][A-Za-z0-9.]*$/.test(name)) return undefined;
  if (option === undefined) return { name };
  return /^(0|[1-9][0-9]{0,2})$/.test(option) ? { name, option: Number(option) } : undefined;
}

/** The marker URL of a heading, by its id. */
export function headingMarkerUrl(id: string): string {
  return `${HEADING_MARKER}${id}`;
}
