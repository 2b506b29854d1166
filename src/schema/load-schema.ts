import { readFile } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "../project-root.ts";
import { createHash } from "node:crypto";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { compileSchema, type CompiledSchema } from "./compile-schema.ts";
import type { RootSchema } from "./schema-node.ts";

/**
 * Set in the command line's bundle (src/cli/build-command-line.ts): the SHA-256 of the
 * project's schema file as it was when the bundle was made, which checkSchema then
 * accepted ("" when it did not). The same file need not be checked again on every
 * command (a tenth of what `validate` takes); an edited one is checked as always.
 */
declare const __CHECKED_SCHEMA_SHA256__: string | undefined;

// Messages in English wherever a schema is used in Node, as classic zod sets them on import.
z.config(en());

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
  const checked = typeof __CHECKED_SCHEMA_SHA256__ === "string" && __CHECKED_SCHEMA_SHA256__ !== "" && __CHECKED_SCHEMA_SHA256__ === sha256(text);
  const problems = checked ? [] : (await import("./check-schema.ts")).checkSchema(json);
  if (problems.length) {
    const lines = problems.map(({ pointer, message }) => `  ${name}#${pointer}: ${message}`);
    throw new SchemaError(`${name} is not a usable contract schema:\n${lines.join("\n")}`);
  }
  return compileSchema(json as RootSchema);
}

/** The SHA-256 of a schema file's text, in hex. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
