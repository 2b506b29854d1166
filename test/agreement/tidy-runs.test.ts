import { describe, expect, it } from "vitest";
import { runsText, type Run } from "../../src/agreement/agreement-types.ts";
import { tidyRuns } from "../../src/agreement/tidy-runs.ts";

const words = (text: string): Run => ({ kind: "words", text });
const typed = (text: string): Run => ({ kind: "typed", text, path: "x" });

describe("tidyRuns", () => {
  it("drops the clause's full stop after an answer that ends a sentence itself", () => {
    expect(runsText(tidyRuns([words("She says: "), typed("I need an hour."), words(".")]))).toBe("She says: I need an hour.");
    expect(runsText(tidyRuns([words("“"), typed("Low battery or drifting?"), words("”"), words(".")]))).toBe("“Low battery or drifting?”");
  });

  it("ends with a full stop when an answer ends the sentence without one", () => {
    expect(runsText(tidyRuns([words("Every day: “"), typed("ten minutes on the sofa"), words("”")]))).toBe("Every day: “ten minutes on the sofa”.");
  });

  it("keeps a colon that opens a list, and an ellipsis", () => {
    expect(runsText(tidyRuns([words("These are our rituals:")]))).toBe("These are our rituals:");
    expect(runsText(tidyRuns([words("We say: "), typed("well…")]))).toBe("We say: well…");
  });

  it("never doubles a space where words meet", () => {
    expect(runsText(tidyRuns([words("Maya "), words(" needs time ")]))).toBe("Maya needs time.");
  });

  it("never changes what a person typed, and keeps it a run of its own", () => {
    const tidy = tidyRuns([words("In her words: "), typed("  two  spaces.  "), words(".")]);
    expect(tidy).toEqual([words("In her words: "), typed("  two  spaces.  "), words(".")]);
  });
});
