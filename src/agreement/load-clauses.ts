import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContractLayout } from "../layout/layout-types.ts";
import { ROOT } from "../project-root.ts";
import { checkClauses, type NamedClauseFile } from "./check-clauses.ts";
import { checkClauseFileShape, type ClauseSet } from "./clause-file.ts";

/** The clauses of this project, beside the contract schema: one file per section. */
export const CLAUSES_DIR = path.join(ROOT, "data/clauses");

/** Clause files that cannot be used, with every problem found in them. */
export class ClauseError extends Error {
  override name = "ClauseError";
}

/** The clauses, checked against a layout: the set the pages embed, and the files they came from. */
export interface LoadedClauses {
  set: ClauseSet;
  files: NamedClauseFile[];
}

/**
 * Reads every `<section key>.json` of a clauses folder and checks it against the
 * contract's layout (checkClauses). Throws a ClauseError listing every problem, each
 * naming its file and clause. The set comes in the layout's order of sections.
 */
export async function loadClauses(layout: ContractLayout, dir: string = CLAUSES_DIR): Promise<LoadedClauses> {
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  } catch (cause) {
    throw new ClauseError(`${shown(dir)}: cannot read the folder of the agreement's clauses`, { cause });
  }
  const problems: string[] = [];
  const files: NamedClauseFile[] = [];
  for (const fileName of names) {
    const file = path.join(dir, fileName);
    const name = shown(file);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, "utf8"));
    } catch (cause) {
      problems.push(`${name}: not valid JSON (${(cause as Error).message})`);
      continue;
    }
    const shape = checkClauseFileShape(json);
    if (!shape.ok) problems.push(...shape.problems.map((problem) => `${name}: ${problem}`));
    else files.push({ key: path.basename(fileName, ".json"), name, file: shape.file });
  }
  if (!problems.length) problems.push(...checkClauses(layout, files, (key) => shown(path.join(dir, `${key}.json`))));
  if (problems.length) throw new ClauseError(`the agreement's clauses do not fit the contract schema:\n  ${problems.join("\n  ")}`);
  const order = layout.sections.map((section) => section.key);
  const sorted = [...files].sort((one, two) => order.indexOf(one.key) - order.indexOf(two.key));
  return { set: Object.fromEntries(sorted.map(({ key, file }) => [key, file])), files: sorted };
}
