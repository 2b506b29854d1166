import type { PaperField } from "../layout/paper-fields.ts";
import { parseFieldMarker } from "./field-markers.ts";
import type { FoundLinkMarker } from "./link-markers.ts";

/** A paper field with the markers Chromium printed for it: one, or one per option in option order. */
export interface PlacedField {
  field: PaperField;
  markers: FoundLinkMarker[];
}

/**
 * Pairs each field with its markers; throws naming the first marker or field left
 * over (a field listed twice, a marker twice, a marker that names no field or does
 * not fit it, a field with no marker or too few).
 */
export function matchFieldMarkers(markers: FoundLinkMarker[], fields: PaperField[]): PlacedField[] {
  const byName = new Map<string, PaperField>();
  for (const field of fields) {
    if (byName.has(field.name)) throw new Error(`the field "${field.name}" is listed twice`);
    byName.set(field.name, field);
  }
  const seen = new Map<string, FoundLinkMarker>();
  const found = new Map<string, FoundLinkMarker[]>();
  for (const marker of markers) {
    const parsed = parseFieldMarker(marker.url);
    if (!parsed) throw new Error(`the field marker "${marker.url}" on page ${marker.pageIndex + 1} is not a field name`);
    const field = byName.get(parsed.name);
    if (!field) throw new Error(`the field marker "${marker.url}" on page ${marker.pageIndex + 1} names no field`);
    const earlier = seen.get(marker.url);
    if (earlier) {
      throw new Error(`the field "${parsed.name}" has its marker "${marker.url}" twice (pages ${earlier.pageIndex + 1} and ${marker.pageIndex + 1})`);
    }
    seen.set(marker.url, marker);
    const withOptions = field.kind === "choice" || field.kind === "choices";
    if (withOptions !== (parsed.option !== undefined) || (parsed.option ?? 0) >= Math.max(1, field.options.length)) {
      throw new Error(`the field marker "${marker.url}" does not fit the ${field.kind} field "${field.name}"`);
    }
    found.set(field.name, [...(found.get(field.name) ?? []), marker]);
  }
  return fields.map((field) => {
    const list = found.get(field.name) ?? [];
    const wanted = field.kind === "choice" || field.kind === "choices" ? field.options.length : 1;
    if (list.length === 0) throw new Error(`the field "${field.name}" has no marker in the PDF`);
    if (list.length !== wanted) {
      throw new Error(`the field "${field.name}" has ${list.length} of its ${wanted} option markers in the PDF`);
    }
    const option = (marker: FoundLinkMarker) => parseFieldMarker(marker.url)?.option ?? 0;
    return { field, markers: [...list].sort((x, y) => option(x) - option(y)) };
  });
}
