import { getAt, parsePath } from "../../contract/field-path.ts";
import { validateContract } from "../../contract/validate-contract.ts";
import { listPaperFields } from "../../layout/paper-fields.ts";
import { ContractPdfError } from "../../pdf-reading/contract-pdf-error.ts";
import { loadSchema } from "../../schema/load-schema.ts";
import { checkOutputFile } from "../check-output-file.ts";
import { CliError } from "../cli-error.ts";
import type { RunCommand } from "../command-types.ts";
import { readInputFile } from "../read-input-file.ts";
import { replaceExtension } from "../replace-extension.ts";
import { writeOutputFile } from "../write-output-file.ts";
import { MAX_PDF_BYTES } from "../limits.ts";

/**
 * `import <filled-workbook.pdf>`: reads the answers typed into the fillable workbook
 * and writes them as a draft contract, checked as the workbook checks a draft. An
 * answer that does not fit writes nothing: a file the workbook would refuse to open
 * is no use to anyone.
 */
export const importCommand: RunCommand = async ({ files: [input], options }, output) => {
  const file = input as string;
  const out = options.out ?? replaceExtension(file, ".pdf", ".json");
  const bytes = await readInputFile(file, { maxBytes: MAX_PDF_BYTES, what: "a workbook PDF" });
  await checkOutputFile(out, file);
  const schema = await loadSchema();
  const fields = listPaperFields(schema);
  // Loaded once the file is read: pdf-lib takes a while to load on a small machine.
  const { readFilledWorkbook } = await import("../../pdf-reading/read-filled-workbook.ts");
  let data: unknown;
  try {
    data = await readFilledWorkbook(bytes, schema, fields);
  } catch (cause) {
    if (cause instanceof ContractPdfError) throw new CliError(`cannot import it: ${cause.message}`, { file, cause });
    throw cause;
  }
  const result = validateContract(schema, data, "draft");
  if (!result.ok) throw new CliError(result.errors.map(({ path, message }) => `${path}: ${message}`), { file });
  const answers = fields.filter((field) => getAt(result.contract, parsePath(field.name)) !== undefined).length;
  if (answers === 0) throw new CliError("has no answers filled in: type them into the PDF's fields first", { file });
  await writeOutputFile(out, `${JSON.stringify(result.contract, null, 2)}\n`, file);
  output.out(`wrote ${out}: ${answers} ${answers === 1 ? "answer" : "answers"} read from the workbook`);
  output.out("signatures are not carried over: open the file in the workbook and sign again there");
  return 0;
};
