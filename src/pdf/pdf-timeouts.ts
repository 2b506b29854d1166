/**
 * How long each step of a render may take before it is given up, in one place. They
 * are generous for a slow 2-core machine; a render that hangs (a font that never
 * arrives, a page script stuck) fails with a message instead of holding a build or a
 * command forever, and the session still closes Chromium.
 */
export const PDF_TIMEOUTS: Readonly<Record<"launch" | "load" | "ready" | "print", number>> = {
  /** Starting Chromium. */
  launch: 30_000,
  /** Loading a page of the built site. */
  load: 20_000,
  /** The page signalling that it is ready to print. */
  ready: 20_000,
  /** Chromium writing the PDF. */
  print: 60_000,
};

export type PdfTimeouts = { [Step in keyof typeof PDF_TIMEOUTS]: number };

/** Resolves like `promise`, or rejects naming `what` once `ms` have passed. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
