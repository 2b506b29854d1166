import { describe, expect, it } from "vitest";
import { draftFileName } from "../../../src/browser/workbook/draft-file-name.ts";

describe("draftFileName", () => {
  it("names a draft after the first word of the partner's name, as plain letters", () => {
    expect(draftFileName("Maya Okafor", "a")).toBe("autonomy-contract-draft-maya.json");
    expect(draftFileName("  Zoë-Ann Lind", "b")).toBe("autonomy-contract-draft-zoe.json");
  });

  it("names it after the partner's letter until they give a name, or a name of no plain letters", () => {
    expect(draftFileName(undefined, "a")).toBe("autonomy-contract-draft-partner-a.json");
    expect(draftFileName("数学", "b")).toBe("autonomy-contract-draft-partner-b.json");
  });
});
