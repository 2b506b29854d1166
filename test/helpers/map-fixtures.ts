import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./run-build.ts";

/** The map's edge cases under test/fixtures/map/: one partner empty, the two alike, the largest values, right-to-left and CJK names. */
export const MAP_FIXTURES = ["one-empty", "equal", "largest", "rtl-cjk"] as const;
export type MapFixture = (typeof MAP_FIXTURES)[number];

/** A map fixture's JSON text. */
export function mapFixtureText(name: MapFixture): string {
  return readFileSync(path.join(ROOT, "test/fixtures/map", `${name}.json`), "utf8");
}

/** A fresh copy of a map fixture's data. */
export function mapFixture(name: MapFixture): Record<string, any> {
  return JSON.parse(mapFixtureText(name));
}
