import { readFile } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "../project-root.ts";
import { checkSchema } from "./check-schema.ts";
import { compileSchema, type CompiledSchema } from "./compile-schema.ts";
import type { RootSchema } from "./schema-node.ts";

/** The contract schema of this project, beside the site's other data. */
export const SCHEMA_FILE = path.join(ROOT, "data/contract.schema.json");

/** A schema file that cannot be used, with every problem found in it. */
export class SchemaError extends Error {
  override name = "SchemaError";
}

/**
 * Reads, checks and compiles a contract schema file. A file that is not JSON, or
 * that leaves the supported subset of JSON Schema, throws a SchemaError naming the
 * file and the JSON pointer of each problem.
 */
export async function loadSchema(file: string = SCHEMA_FILE): Promise<CompiledSchema> {
  const name = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new SchemaError(`${name}: cannot read the contract schema`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SchemaError(`${name}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  const problems = checkSchema(json);
  if (problems.length) {
    const lines = problems.map(({ pointer, message }) => `  ${name}#${pointer}: ${message}`);
    throw new SchemaError(`${name} is not a usable contract schema:\n${lines.join("\n")}`);
  }
  return compileSchema(json as RootSchema);
}
