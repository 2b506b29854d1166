import { buildSite } from "../build/build-site.ts";
import { bundledEntry } from "./bundled-entry.ts";
import { describeError } from "./describe-error.ts";
import { runTool } from "./run-tool.ts";

const USAGE = `usage: npm run build -- [--input content] [--output dist] [--site-only] [--base-url URL] [--verbose] [--debug]
Builds the guide into the output folder (default: dist/), then prints the workbook
PDFs into its downloads/ folder with Chromium. --site-only skips the PDFs (their
links then lead nowhere): quicker while writing content. --base-url is the address
the site is published at, in place of "url" in data/site.json; a path in it
(https://example.org/autonomy-contract/) puts every link of the site under that path.`;

/** `npm run build`: builds the site and reports problems as plain lines, not stack traces. */
process.exitCode = await runTool(
  {
    name: "build",
    usage: USAGE,
    options: {
      input: { type: "string" },
      output: { type: "string" },
      "site-only": { type: "boolean", default: false },
      "base-url": { type: "string" },
      verbose: { type: "boolean", default: false },
    },
    async run(values, output) {
      const started = performance.now();
      try {
        // scripts/build.mjs bundled the command line and this build, when anything changed, before it ran this.
        const built = await buildSite({
          configPath: bundledEntry("eleventy.config"),
          input: values.input as string | undefined,
          output: values.output as string | undefined,
          quiet: !values.verbose,
          pdfs: values["site-only"] ? false : undefined,
          baseUrl: values["base-url"] as string | undefined,
          log: values.verbose ? output.out : undefined,
        });
        output.out(`Built the site into ${built} in ${Math.round(performance.now() - started)} ms`);
        return 0;
      } catch (error) {
        // A failed build names every problem (a file and a field, a schema pointer), one per line.
        ["Build failed:", ...describeError(error).split("\n")].forEach(output.err);
        if (values.debug) console.error(error);
        return 1;
      }
    },
  },
  process.argv.slice(2),
);
