import type { CompiledSchema } from "../schema/compile-schema.ts";

/** How an answer is written on paper, and which AcroForm field stands for it. */
export type PaperFieldKind = "text" | "number" | "date" | "time" | "choice" | "choices" | "check";

/** One writing area or set of boxes of the printed workbook, and of the fillable PDF. */
export interface PaperField {
  /** Dotted contract path, list rows numbered from 0 (`rituals.list.0.name`); also the AcroForm name. */
  name: string;
  /** The schema answer it stands for, as in CompiledSchema.leaves (`rituals.list.#.name`). */
  leaf: string;
  kind: PaperFieldKind;
  /** The schema's title of the answer. */
  title: string;
  /** The choices of "choice" and "choices", in the schema's order; empty otherwise. */
  options: string[];
  /** The schema's maxLength, for text-like kinds. */
  maxLength?: number;
  /** Ruled lines printed for it (1 for one-line kinds). */
  lines: number;
}

/** Every answer of the contract as it is written on paper, in the schema's order. */
export function listPaperFields(schema: CompiledSchema): PaperField[] {
  void schema;
  throw new Error("listPaperFields: not written yet");
}
