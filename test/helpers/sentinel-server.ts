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

/**
 * Starts a sentinel: hostile contract text points at it, and a test proves that
 * nothing rendered ever reached it.
 */
export async function startSentinelServer(): Promise<SentinelServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "text/css" }).end("body { background: red }");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
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
