import http from "node:http";
import type { AddressInfo } from "node:net";

/** A server on 127.0.0.1 that only counts what asks it for anything. */
export interface SentinelServer {
  /** Its origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Every request it received, as "METHOD /path". */
  requests: string[];
  close(): Promise<void>;
}

/** Where a sentinel listens and how it answers. */
export interface SentinelOptions {
  /** 0 (the default) picks a free port; a given one stands in for a server that went away. */
  port?: number;
  /** Answer with an error, as a network that is gone would (default: a small stylesheet). */
  refuse?: boolean;
}

/**
 * Starts a sentinel: hostile contract text points at it, and a test proves that
 * nothing rendered ever reached it; or it takes the place of the site's server, to
 * show what an offline page still asks the network for.
 */
export async function startSentinelServer(options: SentinelOptions = {}): Promise<SentinelServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (options.refuse) response.writeHead(503, { "content-type": "text/plain" }).end("offline");
    else response.writeHead(200, { "content-type": "text/css" }).end("body { background: red }");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
