#!/usr/bin/env node
// The `autonomy-contract` command. It runs the prebuilt bundle in build/cli/ (made by
// `npm run build`), which starts in a fraction of the time TypeScript through tsx
// takes. A bundle that is missing, or older than any file it was built from, is never
// run: the command then runs from the sources through tsx, and says so on stderr.
import { currentBundle } from "./current-bundle.js";

const fromSources = process.env.AUTONOMY_CONTRACT_FROM_SOURCES === "1";
const bundle = fromSources ? { reason: "AUTONOMY_CONTRACT_FROM_SOURCES=1" } : currentBundle("autonomy-contract");
if ("entry" in bundle) {
  await import(bundle.entry.href);
} else {
  if (!fromSources) {
    const reason = bundle.reason === "it has not been built yet" ? "the command line has not been built yet" : bundle.reason;
    process.stderr.write(`autonomy-contract: note: running from the TypeScript sources, which is slower (${reason}); npm run build makes it fast again\n`);
  }
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: new URL("../tsconfig.json", import.meta.url).pathname });
  await import("../src/cli/autonomy-contract.ts");
}
