import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../build/build-site.ts";
import { startStaticServer } from "../server/static-server.ts";
import { describeError } from "./describe-error.ts";

const USAGE = "usage: npm run serve -- [--port 8080] [--dir dist]";

/** `npm run serve`: serves the built dist/ on http://127.0.0.1:8080 (or --port). */
async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: "string", default: "8080" }, dir: { type: "string" } } }));
  } catch (error) {
    console.error(`${describeError(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const dir = path.resolve(values.dir ?? path.join(ROOT, "dist"));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`invalid --port "${values.port}": use a number from 0 to 65535\n${USAGE}`);
    process.exitCode = 2;
  } else if (!existsSync(path.join(dir, "index.html"))) {
    console.error(`${dir} has no built site: run "npm run build" first`);
    process.exitCode = 1;
  } else {
    const server = await startStaticServer(dir, port);
    console.log(`Serving ${dir} at ${server.url}/ (Ctrl+C to stop)`);
  }
}

await main(process.argv.slice(2));
