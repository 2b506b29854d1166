import { describe, expect, it } from "vitest";
import { describeError } from "../../src/cli/describe-error.ts";

describe("describeError", () => {
  it("follows cause and Eleventy's originalError, one line per message", () => {
    const inner = new Error("front matter field \"step\" is missing");
    const eleventy = Object.assign(new Error("Having trouble with a.md"), { originalError: inner });
    expect(describeError(new Error("Build failed", { cause: eleventy }))).toBe(
      'Build failed\nHaving trouble with a.md\nfront matter field "step" is missing',
    );
  });

  it("drops repeated lines and never prints a stack", () => {
    const error = new Error("same", { cause: new Error("same") });
    expect(describeError(error)).toBe("same");
    expect(describeError(error)).not.toMatch(/\bat /);
  });

  it("describes a thrown non-error", () => {
    expect(describeError("plain text")).toBe("plain text");
  });
});
