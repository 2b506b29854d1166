import { beforeAll, describe, expect, it } from "vitest";
import { firstTurn, parseFragment, stopIndex, workbookStops, type Stop } from "../../../src/browser/workbook/workbook-stops.ts";
import { layoutContract } from "../../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../../src/layout/layout-types.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";

let layout: ContractLayout;
let stops: Stop[];
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
  stops = workbookStops(layout);
});

describe("workbookStops", () => {
  it("goes from who you are through each step, a turn per partner where both answer, to checking, signing and the end", () => {
    expect(stops.map((stop) => stop.fragment)).toEqual([
      "about-you",
      "step-1/a",
      "step-1/b",
      "step-2",
      "step-3/a",
      "step-3/b",
      "step-4",
      "step-5/a",
      "step-5/b",
      "step-5/together",
      "step-6",
      "step-7/a",
      "step-7/b",
      "check",
      "signing",
      "ready",
    ]);
  });

  it("keeps to one partner's turns, and what the two answer together, for a person filling in their own", () => {
    const mine = workbookStops(layout, "b").map((stop) => stop.fragment);
    expect(mine.filter((fragment) => fragment.includes("/"))).toEqual(["step-1/b", "step-3/b", "step-5/b", "step-5/together", "step-7/b"]);
    expect(mine).toContain("step-2");
    expect(mine.slice(-2)).toEqual(["step-7/b", "draft"]);
    expect(mine.filter((fragment) => ["check", "signing", "ready"].includes(fragment))).toEqual([]);
  });
});

describe("parseFragment", () => {
  it("opens the task list for no fragment, or #overview", () => {
    expect(parseFragment("", stops)).toEqual({ view: "overview" });
    expect(parseFragment("#overview", stops)).toEqual({ view: "overview" });
  });

  it("opens a view by its id, and a turn by view/turn", () => {
    expect(parseFragment("#step-3", stops)).toEqual({ view: "step-3" });
    expect(parseFragment("#step-3/b", stops)).toEqual({ view: "step-3", turn: "b" });
    expect(parseFragment("#check", stops)).toEqual({ view: "check" });
    expect(parseFragment("#signing", stops)).toEqual({ view: "signing" });
    expect(parseFragment("#merge", stops)).toEqual({ view: "merge" });
    expect(parseFragment("#draft", stops)).toEqual({ view: "draft" });
  });

  it("opens a view at its start for a turn it does not have", () => {
    expect(parseFragment("#step-2/a", stops)).toEqual({ view: "step-2" });
  });

  it("takes anything else for an element's id, a question's", () => {
    expect(parseFragment("#f-spaceWords-b-reply", stops)).toEqual({ element: "f-spaceWords-b-reply" });
    expect(parseFragment("#%E2%9C%93%zz", stops)).toEqual({ element: "%E2%9C%93%zz" });
  });
});

describe("firstTurn and stopIndex", () => {
  it("open a step at the first turn on the way, which is the filtered partner's", () => {
    expect(firstTurn(stops, "step-1")).toBe("a");
    expect(firstTurn(workbookStops(layout, "b"), "step-1")).toBe("b");
    expect(firstTurn(stops, "step-2")).toBeUndefined();
  });

  it("find a turn's place on the way, or its view's when it is off the way", () => {
    expect(stopIndex(stops, "step-1", "b")).toBe(2);
    expect(stopIndex(workbookStops(layout, "a"), "step-1", "b")).toBe(1);
  });
});
