import { describeError } from "./describe-error.ts";

/** describeError on one line (`outer: inner`), for messages that must stay one line each. */
export function describeErrorLine(error: unknown): string {
  return describeError(error).split("\n").join(": ");
}
