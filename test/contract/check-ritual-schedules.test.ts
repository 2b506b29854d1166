import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkRitualSchedules } from "../../src/contract/check-ritual-schedules.ts";
import { compileSchema } from "../../src/schema/compile-schema.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { ROOT } from "../helpers/run-build.ts";

const schemaText = readFileSync(path.join(ROOT, "data/contract.schema.json"), "utf8");
const layoutOf = (change?: (schema: any) => void) => {
  const schema = JSON.parse(schemaText);
  change?.(schema);
  return layoutContract(compileSchema(schema));
};

describe("checkRitualSchedules", () => {
  it("finds a schedule for every “How often” of the project's schema", () => {
    expect(checkRitualSchedules(layoutOf())).toEqual([]);
  });

  it("names a choice that has no schedule, so the build fails before a calendar could not place it", () => {
    const layout = layoutOf((schema) => schema.properties.rituals.properties.list.items.properties.frequency.enum.push("Every full moon"));
    expect(checkRitualSchedules(layout)).toEqual([
      'rituals.list.#.frequency: the choice "Every full moon" has no schedule in src/contract/ritual-schedule.ts, so its rituals cannot go in a calendar',
    ]);
  });

  it("says so when the rituals have no “How often”", () => {
    const layout = layoutOf((schema) => {
      const item = schema.properties.rituals.properties.list.items;
      delete item.properties.frequency;
      item.required = ["name"];
    });
    expect(checkRitualSchedules(layout)).toEqual(['rituals.list: the rituals need a "frequency" choice for the calendar']);
  });
});
