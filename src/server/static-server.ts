import { stat } from "node:fs/promises";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { HEADERS_FILE } from "../site/headers-file.ts";
import { headersFor } from "../site/response-headers.ts";
import { contentTypeOf, isCompressible } from "./content-types.ts";
import { chooseEncoding, fileVariants } from "./file-variants.ts";
import { headerRulesOf } from "./header-rules-of.ts";
import { sitePrefixOf } from "./site-prefix.ts";

/** A running server and how to stop it. */
export interface StaticServer {
  /** Where the site is: the origin and the path prefix, without a trailing slash (`http://127.0.0.1:4000/autonomy-contract`). */
  url: string;
  /** The origin alone (`http://127.0.0.1:4000`). */
  origin: string;
  close(): Promise<void>;
}

/** How to serve: the path the site is published under, when not the one its manifest says. */
export interface StaticServerOptions {
  pathPrefix?: string;
}

/** The page a static host serves for a path without a file. */
const NOT_FOUND_PAGE = "404.html";

/**
 * Maps a request path onto a file inside `root`, or undefined when it would leave
 * `root` (`..`, encoded slashes, NUL bytes) or cannot be decoded.
 */
export function resolveRequestPath(root: string, requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

/** Files that are there for hosts or tools, never files of the site: `_headers`, anything starting with a dot. */
const isHidden = (file: string, root: string) => {
  const relative = path.relative(root, file).split(path.sep);
  return relative[0] === HEADERS_FILE || relative.some((part) => part.startsWith("."));
};

/** Whether a conditional request's validators say the client's copy is current. */
function isNotModified(request: IncomingMessage, etag: string, modified: Date): boolean {
  const ifNoneMatch = request.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    // Weak comparison (RFC 9110 13.1.2), as GET and HEAD allow.
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === etag);
  }
  const since = Date.parse(request.headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/**
 * Serves a built site, read-only, on 127.0.0.1 (port 0 picks a free one), as a
 * static host would: the headers of its `_headers` file, gzip or brotli for text,
 * ETag and Last-Modified answered with 304, its 404.html for a path without a file,
 * folders redirected to their trailing slash, and everything under the site's path
 * prefix. Only GET and HEAD of files inside `root`; `_headers` and dot files are not
 * files of the site.
 */
export async function startStaticServer(root: string, port = 0, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const prefix = options.pathPrefix ?? sitePrefixOf(base);
  const rules = headerRulesOf(base);
  const variantOf = fileVariants();

  async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, status: number, requestPath: string) {
    const info = await stat(file);
    const type = contentTypeOf(file);
    const compressible = isCompressible(type);
    const encoding = compressible ? chooseEncoding(request.headers["accept-encoding"]) : "identity";
    const { body, etag } = await variantOf(file, info, encoding);
    const headers: http.OutgoingHttpHeaders = {
      ...headersFor(rules(), requestPath),
      "Content-Type": type,
      ...(compressible ? { Vary: "Accept-Encoding" } : {}),
    };
    if (status === 200) {
      headers.ETag = etag;
      headers["Last-Modified"] = info.mtime.toUTCString();
      if (isNotModified(request, etag, info.mtime)) return response.writeHead(304, headers).end();
    }
    if (encoding !== "identity") headers["Content-Encoding"] = encoding;
    headers["Content-Length"] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  async function notFound(request: IncomingMessage, response: ServerResponse, requestPath: string) {
    const page = path.join(base, NOT_FOUND_PAGE);
    try {
      return await sendFile(request, response, page, 404, requestPath);
    } catch {
      const headers = { ...headersFor(rules(), requestPath), "Content-Type": "text/plain; charset=utf-8" };
      response.writeHead(404, headers).end(request.method === "HEAD" ? undefined : "not found");
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const plain = (status: number, text: string, extra: http.OutgoingHttpHeaders = {}) =>
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ...extra }).end(text);
    if (request.method !== "GET" && request.method !== "HEAD") return plain(405, "method not allowed", { Allow: "GET, HEAD" });
    const [requestPath = "/", query = ""] = (request.url ?? "/").split(/\?(.*)/s);
    const search = query ? `?${query}` : "";
    if (!requestPath.startsWith(prefix)) {
      // The top of the host leads to the site; anything else outside the prefix is not ours.
      if (requestPath === "/") return plain(302, `the site is at ${prefix}`, { Location: prefix });
      return notFound(request, response, requestPath);
    }
    const file = resolveRequestPath(base, `/${requestPath.slice(prefix.length)}`);
    if (!file) return plain(400, "bad path");
    if (isHidden(file, base)) return notFound(request, response, requestPath);
    let info;
    try {
      info = await stat(file);
    } catch {
      return notFound(request, response, requestPath);
    }
    if (info.isDirectory()) {
      if (!requestPath.endsWith("/")) return plain(301, "moved", { Location: `${requestPath}/${search}` });
      try {
        return await sendFile(request, response, path.join(file, "index.html"), 200, requestPath);
      } catch {
        return notFound(request, response, requestPath);
      }
    }
    return sendFile(request, response, file, 200, requestPath);
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("server error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    url: `${origin}${prefix.replace(/\/$/, "")}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
