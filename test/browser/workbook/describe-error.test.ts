import { describe, expect, it } from "vitest";
import { describeError } from "../../../src/browser/workbook/describe-error.ts";

const NAMED = { couple: { a: { name: "Maya Okafor" }, b: { name: "Jonas Lind" } } };
const noNouns = () => undefined;

describe("describeError", () => {
  it("leaves a problem with a shared answer in the schema's words alone", () => {
    expect(describeError({ path: "couple.startDate", message: "Answer “The date this contract starts”" }, NAMED, noNouns)).toBe(
      "Answer “The date this contract starts”",
    );
  });

  it("says whose answer it is, by the name the partner gave", () => {
    expect(describeError({ path: "batteryPack.b.rhythm", message: "Choose an answer for “My rhythm”" }, NAMED, noNouns)).toBe(
      "Jonas Lind: Choose an answer for “My rhythm”",
    );
  });

  it("calls a partner who gave no name Partner A or Partner B", () => {
    expect(describeError({ path: "spaceWords.a.reply", message: "Answer it" }, {}, noNouns)).toBe("Partner A: Answer it");
  });

  it("numbers a list item from 1, with the noun the list gives its items", () => {
    const asked: string[] = [];
    const nouns = (list: string) => {
      asked.push(list);
      return "Ritual";
    };
    expect(describeError({ path: "rituals.list.1.name", message: "Answer “What the ritual is”" }, NAMED, nouns)).toBe(
      "Ritual 2: Answer “What the ritual is”",
    );
    expect(asked).toEqual(["rituals.list"]);
  });

  it("calls an item of a list the page does not show Item", () => {
    expect(describeError({ path: "defaultMoves.ownMoves.0", message: "Too long" }, NAMED, noNouns)).toBe("Item 1: Too long");
  });

  it("names the partner before the list item when the item is theirs", () => {
    expect(describeError({ path: "batteryPack.a.restoringActivities.2", message: "Too long" }, NAMED, () => "Activity")).toBe(
      "Maya Okafor, Activity 3: Too long",
    );
  });
});
