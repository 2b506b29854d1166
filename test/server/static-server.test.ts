import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRequestPath, startStaticServer, type StaticServer } from "../../src/server/static-server.ts";

describe("resolveRequestPath", () => {
  const root = "/srv/site";
  it.each([
    ["/", "/srv/site"],
    ["/steps/1/", "/srv/site/steps/1"],
    ["/a%20b.css?v=1#x", "/srv/site/a b.css"],
    ["/../etc/passwd", "/srv/site/etc/passwd"],
  ])("maps %s inside the root", (request, file) => {
    expect(resolveRequestPath(root, request)).toBe(file);
  });

  it.each(["/%2e%2e/%2e%2e/etc/passwd", "/a%5c..%5c..%5cetc", "/%00", "/%E0%A4%A"])("refuses %s", (request) => {
    const file = resolveRequestPath(root, request);
    expect(file === undefined || file.startsWith(`${root}/`)).toBe(true);
  });
});

describe("startStaticServer", () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-server-"));
    await mkdir(path.join(dir, "page"));
    await writeFile(path.join(dir, "page/index.html"), "<p>hi</p>");
    await writeFile(path.join(path.dirname(dir), "outside.txt"), "secret");
    server = await startStaticServer(dir);
  });
  afterAll(() => server.close());

  it("serves a folder's index.html with its type", async () => {
    const response = await fetch(`${server.url}/page/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("<p>hi</p>");
  });

  it("answers 404 for a missing file and never serves outside its root", async () => {
    expect((await fetch(`${server.url}/missing`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/outside.txt`)).status).toBe(404);
  });

  it("only answers GET and HEAD", async () => {
    expect((await fetch(`${server.url}/page/`, { method: "POST" })).status).toBe(405);
  });
});
