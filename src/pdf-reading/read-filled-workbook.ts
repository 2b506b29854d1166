import { PDFCheckBox, PDFDict, PDFDocument, PDFName, PDFRadioGroup, PDFTextField, type PDFField } from "@cantoo/pdf-lib";
import { readWrittenDate } from "../contract/date-parts.ts";
import { getAt, parsePath, pruneEmpty, setAt } from "../contract/field-path.ts";
import { SIGNATURE_METHODS, SIGNATURE_PARTS, signaturePath } from "../layout/contract-names.ts";
import { answerKind } from "../layout/layout-contract.ts";
import type { PaperField } from "../layout/paper-fields.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { ITEM, type Leaf } from "../schema/list-leaves.ts";
import { ContractPdfError } from "./contract-pdf-error.ts";

const NOT_A_WORKBOOK = "not a fillable Autonomy Contract workbook";

/** A number as people type one: digits, an optional sign, a decimal point or comma. */
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Reads the answers typed into a fillable workbook PDF back into contract data
 * (a draft: the caller validates it). Answers left empty are absent, list rows left
 * empty are dropped and the others closed up, and signatures come back as typed
 * names and dates only: the fingerprint is computed where the partners sign.
 */
export async function readFilledWorkbook(bytes: Uint8Array, schema: CompiledSchema, fields: PaperField[]): Promise<unknown> {
  return readFilledForm(await loadPdf(bytes), schema, fields);
}

/** Like readFilledWorkbook, for a PDF already loaded (the workbook's "Open a file" loads it once to look for an attachment too). */
export function readFilledForm(pdf: PDFDocument, schema: CompiledSchema, fields: PaperField[]): unknown {
  try {
    return readForm(pdf, schema, fields);
  } catch (error) {
    if (error instanceof ContractPdfError) throw error;
    // pdf-lib loads damaged files leniently and fails later, on the first broken object it meets.
    throw new ContractPdfError(`${NOT_A_WORKBOOK}: the PDF is damaged (${(error as Error).message})`, { cause: error });
  }
}

function readForm(pdf: PDFDocument, schema: CompiledSchema, fields: PaperField[]): unknown {
  if (!(pdf.catalog.lookup(PDFName.of("AcroForm")) instanceof PDFDict)) {
    throw new ContractPdfError(`${NOT_A_WORKBOOK}: the PDF has no form fields`);
  }
  const present = new Map<string, PDFField>(pdf.getForm().getFields().map((field) => [field.getName(), field]));
  const expected = fields.flatMap((field) => (field.kind === "choices" ? field.options.map((_, index) => `${field.name}.${index}`) : [field.name]));
  if (!expected.some((name) => present.has(name))) {
    throw new ContractPdfError(`${NOT_A_WORKBOOK}: none of its form fields is an answer of the contract`);
  }
  const leaves = new Map(schema.leaves.map((leaf) => [leaf.path, leaf]));
  const data: Record<string, unknown> = { schemaVersion: schema.version };
  for (const field of fields) {
    const leaf = leaves.get(field.leaf);
    if (!leaf || !isTypedOnPaper(field, leaf)) continue;
    const value = readAnswer(field, leaf, present);
    if (value !== undefined) setAt(data, parsePath(field.name), value);
  }
  for (const field of fields) {
    // A name typed on paper is a typed signature; the method is not a box to tick.
    if (field.signature && field.partner && field.leaf.split(".").at(-1) === SIGNATURE_PARTS.name && getAt(data, parsePath(field.name)) !== undefined) {
      setAt(data, parsePath(`${signaturePath(field.partner)}.${SIGNATURE_PARTS.method}`), SIGNATURE_METHODS.typed);
    }
  }
  // pruneEmpty also closes up lists: rows never written are holes, and holes are dropped.
  return pruneEmpty(data) ?? { schemaVersion: schema.version };
}

/** Loads a PDF with pdf-lib, refusing what is not one and what is encrypted. */
export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  let pdf: PDFDocument;
  try {
    // ignoreEncryption: false (the default) makes an encrypted file fail here, which it must:
    // its form values cannot be read without the password.
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (cause) {
    throw new ContractPdfError(`${NOT_A_WORKBOOK}: the file cannot be read as a PDF (${(cause as Error).message})`, { cause });
  }
  if (pdf.isEncrypted) throw new ContractPdfError(`${NOT_A_WORKBOOK}: the PDF is encrypted`);
  return pdf;
}

/**
 * False for what paper cannot carry: fixed values (the schema version), read-only
 * values (a signature's fingerprint), and every part of a signature except the name
 * and the date (the method is implied, strokes are drawn in the browser). The paper
 * fields leave these out already; a caller's own list is held to the same rule.
 */
function isTypedOnPaper(field: PaperField, leaf: Leaf): boolean {
  const kind = answerKind(leaf.node);
  if (kind === "fixed" || kind === "computed" || kind === "drawing") return false;
  return !field.signature || kind === "text" || kind === "date";
}

function readAnswer(field: PaperField, leaf: Leaf, present: Map<string, PDFField>): unknown {
  switch (field.kind) {
    case "text":
    case "time":
      return typedText(field.name, present) || undefined;
    case "date": {
      // Written into the date's boxes (30112026), or typed by a reader that ignores them;
      // what cannot be read as a date stays as typed, and the validator says so.
      const typed = typedText(field.name, present);
      return typed ? (readWrittenDate(typed) ?? typed) : undefined;
    }
    case "number": {
      const typed = typedText(field.name, present);
      if (typed === "") return undefined;
      if (!NUMBER.test(typed)) throw new ContractPdfError(`${field.name}: "${typed}" is not a number (${field.title})`);
      return Number(typed.replace(",", "."));
    }
    case "check": {
      if (formField(field.name, present, PDFCheckBox, "check box")?.isChecked()) return true;
      // An unticked box means "no" only where the contract needs an answer either way (a
      // required yes/no outside any list: "We talk before booking over shared time").
      // Elsewhere it means "not answered", and an empty list row must stay empty.
      return leaf.node.type === "boolean" && leaf.required && !leaf.path.includes(ITEM) ? false : undefined;
    }
    case "choice": {
      const selected = formField(field.name, present, PDFRadioGroup, "radio group")?.getSelected();
      if (selected === undefined || selected === "") return undefined;
      // A yes/no printed as two options comes back as a boolean.
      if (leaf.node.type === "boolean") return /^(yes|true)$/i.test(selected) ? true : /^(no|false)$/i.test(selected) ? false : selected;
      return selected;
    }
    case "choices":
      return field.options.filter((_, index) => formField(`${field.name}.${index}`, present, PDFCheckBox, "check box")?.isChecked());
  }
}

function typedText(name: string, present: Map<string, PDFField>): string {
  return (formField(name, present, PDFTextField, "text field")?.getText() ?? "").trim();
}

/** The form field of that name, undefined when the PDF lacks it, an error when it is of another kind. */
function formField<T extends PDFField>(name: string, present: Map<string, PDFField>, kind: { prototype: T }, label: string): T | undefined {
  const field = present.get(name);
  if (field === undefined) return undefined;
  if (!(field instanceof (kind as unknown as new () => T))) throw new ContractPdfError(`${NOT_A_WORKBOOK}: the field "${name}" should be a ${label}`);
  return field as T;
}
