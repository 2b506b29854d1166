import { readFile } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { checkSignatures } from "../contract/check-signatures.ts";
import { parseContractJson } from "../contract/parse-contract-json.ts";
import { validateContract } from "../contract/validate-contract.ts";
import { layoutContract } from "../layout/layout-contract.ts";
import type { ContractLayout } from "../layout/layout-types.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { loadSchema } from "../schema/load-schema.ts";

/** Where, in the data folder, the schema and the sample contract live. */
const SCHEMA = "contract.schema.json";
const SAMPLE = "examples/sample-contract.json";

/** The contract schema of the build under way, for the plugins that render from it. */
export interface ContractSource {
  schema(): CompiledSchema;
  layout(): ContractLayout;
}

/**
 * The contract schema in the build, loaded once per build: before anything renders
 * it is read, checked and compiled, and the sample contract is validated against it
 * (signatures included). Add `plugin` first; the other plugins are given the source
 * and ask it for the schema or its layout while rendering.
 */
export function createContractSource(): ContractSource & { plugin(config: UserConfig): void } {
  let schema: CompiledSchema | undefined;
  const current = () => {
    if (!schema) throw new Error("the contract schema was asked for before it was loaded");
    return schema;
  };
  return {
    schema: current,
    layout: () => layoutContract(current()),
    plugin(config) {
      config.on("eleventy.before", async ({ directories }) => {
        schema = undefined;
        const loaded = await loadSchema(path.join(directories.data, SCHEMA));
        await checkSample(loaded, path.join(directories.data, SAMPLE));
        schema = loaded;
      });
    },
  };
}

async function checkSample(schema: CompiledSchema, file: string): Promise<void> {
  const parsed = parseContractJson(await readFile(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const result = validateContract(schema, parsed.value, "complete");
  const errors = result.ok ? (await checkSignatures(result.contract)).errors : result.errors;
  if (errors.length) {
    throw new Error(`${file} is not a valid signed contract:\n  ${errors.map((e) => `${e.path}: ${e.message}`).join("\n  ")}`);
  }
}
