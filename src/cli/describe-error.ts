/** The error behind an error: `cause`, or Eleventy's own `originalError`. */
function underlying(error: unknown): unknown {
  if (typeof error !== "object" || error === null) return undefined;
  const { cause, originalError } = error as { cause?: unknown; originalError?: unknown };
  return cause ?? originalError;
}

/**
 * The message of an error and of each error behind it (Eleventy wraps the errors
 * of plugins and of front matter), without stack traces, repeated lines removed.
 */
export function describeError(error: unknown): string {
  const lines: string[] = [];
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 10; current = underlying(current), depth++) {
    const message = current instanceof Error ? current.message : String(current);
    for (const line of message.split("\n")) if (line.trim() && !lines.includes(line)) lines.push(line);
  }
  return lines.join("\n");
}
