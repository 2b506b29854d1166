import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ContentError } from "./content-error.ts";
import { FrontMatter, STEP_COUNT } from "./front-matter.ts";
import { listContentFiles } from "./list-content-files.ts";
import { readFrontMatter } from "./read-front-matter.ts";

/** A content page whose front matter passed the checks. */
export interface ContentPage {
  /** Path relative to the content folder, e.g. `steps/1-battery-pack.md`. */
  file: string;
  data: FrontMatter;
}

// Eleventy runs these as code while it builds the data cascade.
const CODE_DATA_FILE = /\.11tydata\.(js|cjs|mjs|ts|cts|mts)$/;
const DATA_FILE = /\.11tydata\.json$/;

/**
 * Reads and checks the front matter of every Markdown page under `inputDir`.
 * Directory data files (`steps/steps.11tydata.json`) are merged under each page's own
 * front matter, as Eleventy does. Every problem in every file is collected, then
 * thrown as one ContentError, so an author fixes them in a single pass.
 */
export async function checkContent(inputDir: string): Promise<ContentPage[]> {
  const files = await listContentFiles(inputDir);
  const problems: string[] = [];
  const pages: ContentPage[] = [];
  const shown = (file: string) => path.join(inputDir, file);
  const rootName = path.basename(path.resolve(inputDir));

  for (const file of files.filter((f) => CODE_DATA_FILE.test(f))) {
    problems.push(`${shown(file)}: data files that run code are refused; use a .11tydata.json file`);
  }

  const directoryData = new Map<string, Record<string, unknown>>();
  for (const file of files.filter((f) => DATA_FILE.test(f))) {
    try {
      directoryData.set(file, parseDataFile(await readFile(path.join(inputDir, file), "utf8")));
    } catch (cause) {
      problems.push(`${shown(file)}: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  for (const file of files.filter((f) => f.endsWith(".md"))) {
    let own: Record<string, unknown>;
    try {
      own = readFrontMatter(await readFile(path.join(inputDir, file), "utf8"), shown(file));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      continue;
    }
    const merged = { ...inheritedData(file, directoryData, rootName), ...own };
    const result = FrontMatter.safeParse(merged);
    if (result.success) pages.push({ file, data: result.data });
    else problems.push(...describeIssues(shown(file), merged, result.error));
  }

  problems.push(...checkSteps(pages, shown));
  if (problems.length > 0) {
    throw new ContentError(`The content has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  }
  return pages;
}

function parseDataFile(source: string): Record<string, unknown> {
  const data: unknown = JSON.parse(source);
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new Error("a directory data file must hold a JSON object");
  }
  return data as Record<string, unknown>;
}

/**
 * Eleventy's rule: in input folder `content`, `a/b/page.md` inherits
 * `content.11tydata.json`, then `a/a.11tydata.json`, then `a/b/b.11tydata.json`.
 */
function inheritedData(file: string, directoryData: Map<string, Record<string, unknown>>, rootName: string) {
  const folders = path.dirname(file).split(path.sep).filter((part) => part !== ".");
  const merged: Record<string, unknown> = { ...directoryData.get(`${rootName}.11tydata.json`) };
  for (let depth = 1; depth <= folders.length; depth++) {
    const folder = folders.slice(0, depth).join(path.sep);
    Object.assign(merged, directoryData.get(path.join(folder, `${folders[depth - 1]}.11tydata.json`)));
  }
  return merged;
}

const LAYOUTS = FrontMatter.options.map((option) => option.shape.layout.value);

/** One line per issue: the file, the field and the reason, e.g. `a.md: front matter field "step" is missing`. */
function describeIssues(file: string, data: Record<string, unknown>, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return `${file}: front matter field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")} not allowed here`;
    }
    const field = issue.path.map(String).join(".");
    if (field === "layout" || field === "") {
      return `${file}: front matter field "layout" must be one of ${LAYOUTS.join(", ")} (got ${JSON.stringify(data.layout)})`;
    }
    const reason = data[field] === undefined ? "is missing" : issue.message.replace(/^Invalid input: /, "");
    return `${file}: front matter field "${field}" ${reason}`;
  });
}

/** Step pages must number 1..STEP_COUNT, once each, and their file names must agree. */
function checkSteps(pages: ContentPage[], shown: (file: string) => string): string[] {
  const problems: string[] = [];
  const byStep = new Map<number, string>();
  for (const { file, data } of pages) {
    if (data.layout !== "step.njk") continue;
    const other = byStep.get(data.step);
    if (other) problems.push(`${shown(file)}: front matter field "step" ${data.step} is already used by ${shown(other)}`);
    byStep.set(data.step, file);
    if (!path.basename(file).startsWith(`${data.step}-`)) {
      problems.push(`${shown(file)}: front matter field "step" is ${data.step} but the file name does not start with "${data.step}-"`);
    }
  }
  if (pages.length > 0) {
    for (let step = 1; step <= STEP_COUNT; step++) {
      if (!byStep.has(step)) problems.push(`${shown("steps")}: no page has front matter "step: ${step}"`);
    }
  }
  return problems;
}
