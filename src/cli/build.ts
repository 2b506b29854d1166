import { parseArgs } from "node:util";
import { buildSite } from "../build/build-site.ts";
import { describeError } from "./describe-error.ts";

const USAGE = `usage: tsx src/cli/build.ts [--input content] [--output dist] [--site-only] [--verbose] [--debug]
Builds the guide into the output folder (default: dist/), then prints the workbook
PDFs into its downloads/ folder with Chromium. --site-only skips the PDFs (their
links then lead nowhere): quicker while writing content.`;

/** `npm run build`: builds the site and reports problems as plain lines, not stack traces. */
async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        output: { type: "string" },
        "site-only": { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        debug: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`${describeError(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  try {
    const output = await buildSite({ input: values.input, output: values.output, quiet: !values.verbose, pdfs: values["site-only"] ? false : undefined });
    console.log(`Built the site into ${output} in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(`Build failed:\n${describeError(error)}`);
    if (values.debug) console.error(error);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
