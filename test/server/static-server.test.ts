import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRequestPath, startStaticServer, type StaticServer } from "../../src/server/static-server.ts";
import { chooseEncoding } from "../../src/server/file-variants.ts";
import { formatHeadersFile } from "../../src/site/headers-file.ts";

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

describe("chooseEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["*", "br"],
    ["identity", "identity"],
    [undefined, "identity"],
  ])("answers %s with %s", (header, encoding) => {
    expect(chooseEncoding(header)).toBe(encoding);
  });
});

/** A small built site: a page, a stylesheet, a PDF, a 404 page and the headers file. */
async function fixtureSite(prefix = "/"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-server-"));
  await mkdir(path.join(dir, "page"));
  await mkdir(path.join(dir, "assets"));
  await writeFile(path.join(dir, "page/index.html"), `<!DOCTYPE html><title>page</title><p>${"words ".repeat(400)}</p>`);
  await writeFile(path.join(dir, "assets/site-ABC.css"), `body { color: red; }\n`.repeat(100));
  await writeFile(path.join(dir, "a.pdf"), Buffer.from("%PDF-1.7 not really"));
  await writeFile(path.join(dir, "404.html"), "<!DOCTYPE html><title>not here</title><p>This page is not here</p>");
  await writeFile(path.join(dir, ".secret"), "hidden");
  await writeFile(path.join(path.dirname(dir), "outside.txt"), "secret");
  await writeFile(path.join(dir, "manifest.webmanifest"), JSON.stringify({ scope: prefix }));
  const at = (sitePath: string) => `${prefix}${sitePath.slice(1)}`;
  await writeFile(
    path.join(dir, "_headers"),
    formatHeadersFile([
      { path: at("/*"), headers: { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" } },
      { path: at("/assets/*"), headers: { "Cache-Control": "public, max-age=31536000, immutable" } },
      { path: at("/page/"), headers: { "Content-Security-Policy": "default-src 'none'", "Cache-Control": "no-cache" } },
    ]),
  );
  return dir;
}

describe("startStaticServer", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(await fixtureSite());
  });
  afterAll(() => server.close());

  it("serves a folder's index.html with its type and the headers its _headers rules give that path", async () => {
    const response = await fetch(`${server.url}/page/`, { headers: { "accept-encoding": "identity" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(await response.text()).toMatch(/^<!DOCTYPE html><title>page<\/title>/);
  });

  it("gives a file under a splat rule that rule's headers and no page's", async () => {
    const response = await fetch(`${server.url}/assets/site-ABC.css`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("compresses text with brotli or gzip, as the client accepts, and says it varies by that", async () => {
    for (const [accept, decode] of [["br", brotliDecompressSync], ["gzip", gunzipSync]] as const) {
      // Node's fetch decodes bodies itself: read the raw bytes with node:http instead.
      const { headers, body } = await rawGet(`${server.url}/assets/site-ABC.css`, { "accept-encoding": accept });
      expect(headers["content-encoding"]).toBe(accept);
      expect(headers.vary).toBe("Accept-Encoding");
      expect(body.length).toBeLessThan(200);
      expect(Number(headers["content-length"])).toBe(body.length);
      expect(decode(body).toString()).toBe(`body { color: red; }\n`.repeat(100));
    }
  });

  it("sends fonts, images and PDFs as they are", async () => {
    const { headers } = await rawGet(`${server.url}/a.pdf`, { "accept-encoding": "br, gzip" });
    expect(headers["content-type"]).toBe("application/pdf");
    expect(headers["content-encoding"]).toBeUndefined();
  });

  it("answers If-None-Match and If-Modified-Since with 304 and no body, and a changed validator with the file", async () => {
    const first = await fetch(`${server.url}/page/`);
    const etag = first.headers.get("etag")!;
    const modified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const cached = await fetch(`${server.url}/page/`, { headers: { "if-none-match": etag } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    expect(cached.headers.get("etag")).toBe(etag);
    expect(cached.headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${server.url}/page/`, { headers: { "if-modified-since": modified, "accept-encoding": "br" } })).status).toBe(304);
    expect((await fetch(`${server.url}/page/`, { headers: { "if-none-match": '"something-else"' } })).status).toBe(200);
    expect((await fetch(`${server.url}/page/`, { headers: { "if-modified-since": "Thu, 01 Jan 1998 00:00:00 GMT" } })).status).toBe(200);
  });

  it("gives each encoding its own ETag", async () => {
    const br = await rawGet(`${server.url}/page/`, { "accept-encoding": "br" });
    const plain = await rawGet(`${server.url}/page/`, { "accept-encoding": "identity" });
    expect(br.headers.etag).not.toBe(plain.headers.etag);
  });

  it("answers a missing file with the site's 404 page and status 404", async () => {
    const response = await fetch(`${server.url}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toMatch(/This page is not here/);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("never serves outside its root, its _headers file or dot files", async () => {
    for (const request of ["/%2e%2e/outside.txt", "/_headers", "/.secret"]) {
      const response = await fetch(`${server.url}${request}`);
      expect(response.status, request).toBe(404);
      expect(await response.text()).not.toMatch(/secret|Cache-Control/);
    }
  });

  it("redirects a folder without its trailing slash, as static hosts do", async () => {
    const response = await fetch(`${server.url}/page?x=1`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/page/?x=1");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const { headers, body } = await rawGet(`${server.url}/page/`, { "accept-encoding": "gzip" }, "HEAD");
    expect(headers["content-encoding"]).toBe("gzip");
    expect(Number(headers["content-length"])).toBeGreaterThan(0);
    expect(body.length).toBe(0);
  });

  it("only answers GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
      const response = await fetch(`${server.url}/page/`, { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD");
    }
  });
});

describe("startStaticServer, for a site published under a path prefix", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(await fixtureSite("/autonomy-contract/"));
  });
  afterAll(() => server.close());

  it("serves the site under the prefix its manifest names, and says so in its URL", async () => {
    expect(server.url).toBe(`${server.origin}/autonomy-contract`);
    const response = await fetch(`${server.url}/page/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'");
  });

  it("has nothing outside the prefix, and sends the top of the host to it", async () => {
    expect((await fetch(`${server.origin}/page/`)).status).toBe(404);
    const top = await fetch(`${server.origin}/`, { redirect: "manual" });
    expect(top.status).toBe(302);
    expect(top.headers.get("location")).toBe("/autonomy-contract/");
  });
});

/** A GET (or HEAD) whose body is read as sent, without fetch's decompression. */
async function rawGet(url: string, headers: Record<string, string>, method = "GET") {
  const http = await import("node:http");
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    http
      .request(url, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}
