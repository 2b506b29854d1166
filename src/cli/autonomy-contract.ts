import { cliOutput } from "./cli-output.ts";
import { runCommandLine } from "./run-command-line.ts";

// A reader that stops early (`autonomy-contract --help | head -1`) closes the pipe;
// that is not an error of ours to report.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

// `autonomy-contract`: the command line's edge, the only place that sets the exit code.
process.exitCode = await runCommandLine(process.argv.slice(2), cliOutput());
