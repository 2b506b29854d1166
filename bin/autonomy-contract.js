#!/usr/bin/env node
// The `autonomy-contract` command: runs the TypeScript entry through tsx, which
// compiles each file once and caches it, so there is no build step to forget.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../src/cli/autonomy-contract.ts");
