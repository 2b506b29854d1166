import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../project-root.ts";
import { startStaticServer } from "../server/static-server.ts";
import { CliError } from "./cli-error.ts";
import { runTool } from "./run-tool.ts";

const USAGE = "usage: npm run serve -- [--port 8080] [--dir dist]";

/** `npm run serve`: serves the built dist/ on http://127.0.0.1:8080 (or --port). */
process.exitCode = await runTool(
  {
    name: "serve",
    usage: USAGE,
    options: { port: { type: "string", default: "8080" }, dir: { type: "string" } },
    async run(values, output) {
      const dir = path.resolve((values.dir as string | undefined) ?? path.join(ROOT, "dist"));
      const port = Number(values.port);
      if (!/^\d+$/.test(String(values.port)) || port > 65535) {
        throw new CliError(`invalid --port "${values.port}": use a number from 0 to 65535`, { exitCode: 2 });
      }
      if (!existsSync(path.join(dir, "index.html"))) throw new CliError(`${dir} has no built site: run "npm run build" first`);
      const server = await startStaticServer(dir, port);
      output.out(`Serving ${dir} at ${server.url}/ (Ctrl+C to stop)`);
      return 0;
    },
  },
  process.argv.slice(2),
);
