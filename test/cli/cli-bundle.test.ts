import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, readFile, symlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPageTexts } from "../../src/pdf/extract-page-text.ts";
import { siteDir } from "../helpers/built-site.ts";
import { ROOT, runCli, tempFolder } from "../helpers/run-cli.ts";

const SAMPLE = "data/examples/sample-contract.json";

/** A fresh clone of the repository (its committed files), sharing this one's node_modules. */
async function freshClone(): Promise<string> {
  const clone = path.join(await tempFolder(), "clone");
  execFileSync("git", ["clone", "--quiet", "--no-hardlinks", ROOT, clone]);
  await symlink(path.join(ROOT, "node_modules"), path.join(clone, "node_modules"));
  return clone;
}

/** Runs a clone's own bin/autonomy-contract.js. */
function cloneCli(clone: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(clone, "bin/autonomy-contract.js"), ...args], { encoding: "utf8" });
}

describe("the prebuilt command line", () => {
  it("gives the same attachment and the same text as the sources", async () => {
    const dir = await tempFolder();
    await copyFile(SAMPLE, path.join(dir, "c.json"));
    const bundled = await runCli(["pdf", path.join(dir, "c.json"), "--out", path.join(dir, "bundle.pdf"), "--site", siteDir()]);
    const sources = await runCli(["pdf", path.join(dir, "c.json"), "--out", path.join(dir, "sources.pdf"), "--site", siteDir()], { env: { AUTONOMY_CONTRACT_FROM_SOURCES: "1" } });
    expect(bundled.stderr).toBe("");
    expect(sources.stderr).toBe("");
    const read = async (name: string) => new Uint8Array(await readFile(path.join(dir, name)));
    const attachment = (file: string) => execFileSync("qpdf", ["--show-attachment=contract.json", file]);
    expect(attachment(path.join(dir, "bundle.pdf")).equals(attachment(path.join(dir, "sources.pdf")))).toBe(true);
    expect(await extractPageTexts(await read("bundle.pdf"))).toEqual(await extractPageTexts(await read("sources.pdf")));
  });

  it("works from a fresh clone before any build, from the sources, and says so", async () => {
    const clone = await freshClone();
    expect(existsSync(path.join(clone, "build"))).toBe(false);
    const run = cloneCli(clone, ["validate", path.join(clone, SAMPLE)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^valid: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\n$/);
    expect(run.stderr).toBe("autonomy-contract: note: running from the TypeScript sources, which is slower (the command line has not been built yet); npm run build makes it fast again\n");
  });

  it("is never run when older than a source: the command runs from the sources and says which file changed, and the next build bundles it again", { timeout: 180_000 }, async () => {
    const clone = await freshClone();
    const build = () => spawnSync(process.execPath, [path.join(clone, "scripts/build.mjs"), "--site-only", "--output", path.join(clone, "site")], { encoding: "utf8" });
    expect(build().status).toBe(0);
    const fresh = cloneCli(clone, ["validate", path.join(clone, SAMPLE)]);
    expect(fresh.stderr).toBe("");
    expect(fresh.stdout).toMatch(/^valid: Maya Okafor and Jonas Lind, fingerprint [0-9a-f]{64}\n$/);

    // An edit after the build: the file is newer than the bundle.
    const later = new Date(Date.now() + 5_000);
    await utimes(path.join(clone, "src/cli/limits.ts"), later, later);
    const stale = cloneCli(clone, ["validate", path.join(clone, SAMPLE)]);
    expect(stale.status).toBe(0);
    expect(stale.stdout).toBe(fresh.stdout);
    expect(stale.stderr).toBe("autonomy-contract: note: running from the TypeScript sources, which is slower (src/cli/limits.ts changed after the last build); npm run build makes it fast again\n");

    await utimes(path.join(clone, "src/cli/limits.ts"), new Date(), new Date());
    expect(build().status).toBe(0);
    expect(cloneCli(clone, ["validate", path.join(clone, SAMPLE)]).stderr).toBe("");

    // The bundle knows the schema it was made with as checked; an edited one is checked again.
    const schemaFile = path.join(clone, "data/contract.schema.json");
    const schema = JSON.parse(await readFile(schemaFile, "utf8"));
    schema.properties.couple.oneOf = [];
    await writeFile(schemaFile, JSON.stringify(schema));
    const edited = cloneCli(clone, ["validate", path.join(clone, SAMPLE)]);
    expect(edited.status).toBe(1);
    expect(edited.stderr).toContain("data/contract.schema.json changed after the last build");
    expect(edited.stderr).toContain('#/properties/couple/oneOf: unsupported keyword "oneOf"');
  });
});
