import { describe, expect, it } from "vitest";
import { safeText } from "../../src/cli/safe-text.ts";

describe("safeText", () => {
  it("shows ANSI escapes, C1 controls and DEL as \\u escapes", () => {
    expect(safeText("\u001b[31mred\u001b[0m")).toBe("\\u001b[31mred\\u001b[0m");
    expect(safeText("\u009b2J and \u007f")).toBe("\\u009b2J and \\u007f");
  });

  it("keeps a newline or carriage return inside a text from starting a line of its own", () => {
    expect(safeText("name\nverified: forged\r")).toBe("name\\u000averified: forged\\u000d");
  });

  it("shows bidirectional overrides and lone surrogates", () => {
    expect(safeText("invoice\u202efdp.exe")).toBe("invoice\\u202efdp.exe");
    expect(safeText("a\ud800b")).toBe("a\\ud800b");
  });

  it("leaves HTML, URLs, accents and emoji exactly as they are", () => {
    const text = `<script>alert("x")</script> file:///etc/passwd Zoë & José 🫶`;
    expect(safeText(text)).toBe(text);
  });
});
