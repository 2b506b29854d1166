import { SIGNATURE_PARTS } from "../../layout/contract-names.ts";
import { findPair } from "../../layout/find-entry.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import type { StrokeLimits } from "./strokes.ts";

/**
 * How many strokes a drawn signature may have, and points a stroke, from the
 * schema's own limits on the strokes answer (its maxItems, and its items'), so the
 * canvas keeps exactly what the contract accepts and no second copy can drift.
 */
export function strokeLimits(layout: ContractLayout): StrokeLimits {
  const signing = layout.sections.find((section) => section.partners?.signature);
  const strokes = signing && findPair(signing, SIGNATURE_PARTS.strokes);
  const node = strokes?.partners.a.kind === "question" ? strokes.partners.a.node : undefined;
  if (node?.type !== "array" || node.items.type !== "array") throw new Error("the contract schema has no drawn signature strokes (a list of lists of points)");
  return { strokes: node.maxItems, points: node.items.maxItems };
}
