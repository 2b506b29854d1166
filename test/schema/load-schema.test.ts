import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSchema, SchemaError } from "../../src/schema/load-schema.ts";
import { ROOT } from "../helpers/run-build.ts";

const FIXTURES = path.join(ROOT, "test/fixtures/schemas");

/** The file's name as loadSchema writes it: relative to the working directory. */
const shown = (file: string) => path.relative(process.cwd(), file);

/** The error loadSchema throws for a file, or a failure if it throws none. */
async function loadError(file: string): Promise<Error> {
  const error = await loadSchema(file).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error(`${file} loaded without an error`);
  return error;
}

describe("loadSchema", () => {
  it("compiles the project's schema, with its version", async () => {
    const schema = await loadSchema();
    expect(schema.version).toBe(3);
    expect(schema.tree.type).toBe("object");
  });

  it("compiles a minimal schema file, with the version its schemaVersion says", async () => {
    const schema = await loadSchema(path.join(FIXTURES, "minimal.schema.json"));
    expect(schema.version).toBe(7);
  });

  it("throws a SchemaError for a schema that breaks the rules", async () => {
    const error = await loadError(path.join(FIXTURES, "two-problems.schema.json"));
    expect(error).toBeInstanceOf(SchemaError);
    expect(error.name).toBe("SchemaError");
  });

  it("names the file and the JSON pointer of each problem", async () => {
    const file = path.join(FIXTURES, "two-problems.schema.json");
    const error = await loadError(file);
    expect(error.message).toContain(`${shown(file)}#/required: "missing" is required but not among the properties`);
    expect(error.message).toContain(`${shown(file)}#/properties/note/oneOf: unsupported keyword "oneOf"`);
  });

  it("names the file that is not JSON", async () => {
    const file = path.join(FIXTURES, "not-json.schema.json");
    const error = await loadError(file);
    expect(error).toBeInstanceOf(SchemaError);
    expect(error.message).toMatch(new RegExp(`^${escapeRegExp(shown(file))}: not valid JSON \\(`));
  });

  it("names a file that cannot be read", async () => {
    const file = path.join(FIXTURES, "no-such.schema.json");
    const error = await loadError(file);
    expect(error).toBeInstanceOf(SchemaError);
    expect(error.message).toBe(`${shown(file)}: cannot read the contract schema`);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
