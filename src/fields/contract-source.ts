import { readFile } from "node:fs/promises";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { checkSampleClauses } from "../agreement/check-sample-clauses.ts";
import type { ClauseSet } from "../agreement/clause-file.ts";
import { ClauseError, loadClauses, type LoadedClauses } from "../agreement/load-clauses.ts";
import { checkRitualSchedules } from "../contract/check-ritual-schedules.ts";
import { checkSignatures } from "../contract/check-signatures.ts";
import { parseContractJson } from "../contract/parse-contract-json.ts";
import { validateContract } from "../contract/validate-contract.ts";
import { layoutContract } from "../layout/layout-contract.ts";
import type { ContractLayout } from "../layout/layout-types.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { loadSchema } from "../schema/load-schema.ts";

/** Where, in the data folder, the schema, the agreement's clauses and the sample contract live. */
const SCHEMA = "contract.schema.json";
const CLAUSES = "clauses";
const SAMPLE = "examples/sample-contract.json";

/** The contract schema of the build under way, for the plugins that render from it. */
export interface ContractSource {
  schema(): CompiledSchema;
  layout(): ContractLayout;
  /** The agreement's clauses, checked against the schema, by section key. */
  clauses(): ClauseSet;
}

/**
 * The contract schema in the build, loaded once per build: before anything renders
 * it is read, checked and compiled; the sample contract is validated against it
 * (signatures included); and the agreement's clauses (data/clauses) are checked
 * against its layout and rendered with the sample, every clause of them. Add
 * `plugin` first; the other plugins are given the source and ask it for the
 * schema, its layout or the clauses while rendering.
 */
export function createContractSource(): ContractSource & { plugin(config: UserConfig): void } {
  let loaded: { schema: CompiledSchema; clauses: LoadedClauses } | undefined;
  const current = () => {
    if (!loaded) throw new Error("the contract schema was asked for before it was loaded");
    return loaded;
  };
  return {
    schema: () => current().schema,
    layout: () => layoutContract(current().schema),
    clauses: () => current().clauses.set,
    plugin(config) {
      config.on("eleventy.before", async ({ directories }) => {
        loaded = undefined;
        const schema = await loadSchema(path.join(directories.data, SCHEMA));
        const unscheduled = checkRitualSchedules(layoutContract(schema));
        if (unscheduled.length) throw new Error(`the contract schema's rituals cannot all be scheduled:\n  ${unscheduled.join("\n  ")}`);
        const sampleFile = path.join(directories.data, SAMPLE);
        const sample = await checkSample(schema, sampleFile);
        const clauses = await loadClauses(layoutContract(schema), path.join(directories.data, CLAUSES));
        const problems = checkSampleClauses(layoutContract(schema), clauses.files, sample, path.relative(process.cwd(), sampleFile));
        if (problems.length) throw new ClauseError(`the agreement's clauses do not all show with the sample contract:\n  ${problems.join("\n  ")}`);
        loaded = { schema, clauses };
      });
    },
  };
}

/** Validates the sample contract, signatures included, and returns it. */
async function checkSample(schema: CompiledSchema, file: string): Promise<Record<string, unknown>> {
  const parsed = parseContractJson(await readFile(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const result = validateContract(schema, parsed.value, "complete");
  const errors = result.ok ? (await checkSignatures(result.contract)).errors : result.errors;
  if (errors.length) {
    throw new Error(`${file} is not a valid signed contract:\n  ${errors.map((e) => `${e.path}: ${e.message}`).join("\n  ")}`);
  }
  return parsed.value;
}
