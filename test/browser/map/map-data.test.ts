import { beforeAll, describe, expect, it } from "vitest";
import { compareRestoring, mapData, scaleMaxOf } from "../../../src/browser/map/map-data.ts";
import { layoutContract } from "../../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../../src/layout/layout-types.ts";
import { loadSchema } from "../../../src/schema/load-schema.ts";
import { sampleContract } from "../../helpers/contracts.ts";
import { mapFixture } from "../../helpers/map-fixtures.ts";

let layout: ContractLayout;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
});

describe("the sample contract's map", () => {
  it("reads each partner's hours alone, on a scale of 10", () => {
    const { hours } = mapData(layout, sampleContract());
    expect(hours).toEqual({ values: { a: 6, b: 2.5 }, scaleMax: 10 });
  });

  it("reads the rhythms and the names", () => {
    const data = mapData(layout, sampleContract());
    expect(data.names).toEqual({ a: "Maya Okafor", b: "Jonas Lind" });
    expect(data.rhythm).toEqual({ a: "A few longer stretches a week", b: "A little every day" });
  });

  it("finds nothing in common between what recharges them, and keeps each one's own words", () => {
    const { restoring } = mapData(layout, sampleContract());
    expect(restoring.both).toEqual([]);
    expect(restoring.only).toEqual({ a: ["Time outdoors", "Reading", "Making something"], b: ["Exercise", "Music"] });
    expect(restoring.own).toEqual({ a: "Repotting plants on the balcony with the radio on.", b: undefined });
  });

  it("finds no gap when each comes back sooner than the other can wait", () => {
    const { space } = mapData(layout, sampleContract());
    expect(space.scale).toEqual(["Twenty minutes", "An hour", "A few hours", "The same evening", "The next day"]);
    expect(space.turns).toEqual([
      { away: "a", waiting: "b", back: 1, wait: 2, gap: 0 },
      { away: "b", waiting: "a", back: 0, wait: 1, gap: 0 },
    ]);
  });

  it("places the blocks, rituals, the daily moment and the check-in on the week", () => {
    const { week } = mapData(layout, sampleContract());
    expect(week.items.map((item) => [item.mark, item.label, item.days, item.start, item.minutes])).toEqual([
      ["M", "Maya Okafor’s own time", [2], 18 * 60 + 30, 150],
      ["J", "Jonas Lind’s own time", [3], 19 * 60, 180],
      ["1", "Sunday breakfast at the table", [6], 9 * 60, 60],
      ["2", "A walk after dinner", [1, 3], 20 * 60, 30],
      ["3", "A date we take turns to plan", [4], 19 * 60, 180],
      ["4", "Your daily moment", [0, 1, 2, 3, 4, 5, 6], 18 * 60 + 30, 10],
      ["5", "Your weekly check-in", [6], 19 * 60 + 30, 15],
    ]);
    expect(week.items[4]?.everyOtherWeek).toBe(true);
    expect(week.beside).toEqual([]);
    expect([week.firstHour, week.lastHour]).toEqual([7, 22]);
  });

  it("sets overlapping times side by side", () => {
    const { week } = mapData(layout, sampleContract());
    // Thursday: Jonas's block 19:00-22:00, the walk 20:00-20:30 and the moment at 18:30.
    const thursday = week.slots.filter((slot) => slot.day === 3);
    const lanes = new Set(thursday.map((slot) => slot.lane));
    expect(lanes.size).toBeGreaterThan(1);
    expect(thursday.every((slot) => slot.lanes === lanes.size)).toBe(true);
  });
});

describe("the map's edge cases", () => {
  it("says nothing for a partner who has not answered", () => {
    const data = mapData(layout, mapFixture("one-empty"));
    expect(data.hours.values).toEqual({ a: 6, b: undefined });
    expect(data.rhythm.b).toBeUndefined();
    expect(data.restoring.answered).toEqual({ a: true, b: false });
    expect(data.space.turns.map((turn) => turn.gap)).toEqual([0, 0]);
    expect(data.space.turns[0]).not.toHaveProperty("wait");
    expect(data.week.items[1]?.days).toEqual([]);
    expect(data.week.slots.some((slot) => slot.item === 1)).toBe(false);
  });

  it("finds every activity in common when the two chose the same ones, whatever their case and spaces", () => {
    const { restoring, hours } = mapData(layout, mapFixture("equal"));
    expect(restoring.both).toEqual(["Time outdoors", "Reading", "Making something"]);
    expect(restoring.only).toEqual({ a: [], b: [] });
    expect(hours.values.a).toBe(hours.values.b);
  });

  it("compares activities trimmed and case-insensitively", () => {
    const result = compareRestoring({ a: [" Reading", "Music"], b: ["reading ", "GAMES"] });
    expect(result.both).toEqual(["Reading"]);
    expect(result.only).toEqual({ a: ["Music"], b: ["GAMES"] });
  });

  it("draws 80 hours on a scale of 80, the schema's largest", () => {
    const { hours } = mapData(layout, mapFixture("largest"));
    expect(hours).toEqual({ values: { a: 80, b: 0.5 }, scaleMax: 80 });
    expect(scaleMaxOf({ a: 12, b: 3 })).toBe(15);
    expect(scaleMaxOf({ a: 41, b: undefined })).toBe(50);
    expect(scaleMaxOf({ a: 0, b: undefined })).toBe(10);
  });

  it("finds a gap of four steps each way when both come back the next day and can wait twenty minutes", () => {
    const { space } = mapData(layout, mapFixture("largest"));
    expect(space.turns.map((turn) => turn.gap)).toEqual([4, 4]);
  });

  it("runs a 24-hour block past midnight into the next day, Sunday's into Monday", () => {
    const { week } = mapData(layout, mapFixture("largest"));
    const own = week.slots.filter((slot) => slot.item === 0).map(({ day, from, to }) => [day, from, to]);
    expect(own).toEqual([
      [6, 18 * 60, 24 * 60],
      [0, 0, 18 * 60],
    ]);
    expect([week.firstHour, week.lastHour]).toEqual([0, 24]);
  });

  it("lists monthly rituals and rituals without a time beside the grid", () => {
    const { week } = mapData(layout, mapFixture("largest"));
    expect(week.beside.map((index) => week.items[index]?.label)).toEqual(["Dinner with both families", "Cinema", "Reading aloud"]);
    expect(week.items[week.beside[0] as number]?.dayOfMonth).toBe(31);
  });

  it("falls back to A and B when both names start with the same letter", () => {
    const contract = sampleContract();
    contract.couple.b.name = "Max";
    const { week } = mapData(layout, contract);
    expect(week.items.slice(0, 2).map((item) => item.mark)).toEqual(["A", "B"]);
  });

  it("keeps right-to-left and CJK names as they were written", () => {
    const data = mapData(layout, mapFixture("rtl-cjk"));
    expect(data.names).toEqual({ a: "ليلى حداد", b: "佐藤 健" });
    expect(data.week.items.slice(0, 2).map((item) => item.mark)).toEqual(["ل", "佐"]);
  });
});
