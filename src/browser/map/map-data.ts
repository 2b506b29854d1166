import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerNames } from "../../contract/partners.ts";
import { BATTERY, PARTNERS, SPACE, type Partner } from "../../layout/contract-names.ts";
import { findPair, findSection } from "../../layout/find-entry.ts";
import type { ContractLayout, Pair, Question } from "../../layout/layout-types.ts";
import { mapWeek, type MapWeek } from "./map-week.ts";

/** Each partner's answer, or undefined while it is not answered. */
export type Both<T> = Record<Partner, T | undefined>;

/** Hours alone wanted each week, with the top of the scale both bars are drawn on. */
export interface MapHours {
  values: Both<number>;
  /** The largest number the scale shows: a round number at or above both answers, never above the schema's maximum. */
  scaleMax: number;
}

/** What recharges each partner, compared case-insensitively: in common and apart. */
export interface MapRestoring {
  both: string[];
  only: Record<Partner, string[]>;
  /** Whether the partner chose anything at all: nothing chosen is "not answered yet", not "nothing in common". */
  answered: Record<Partner, boolean>;
  /** What else recharges them, in their own words (not compared: free text). */
  own: Both<string>;
}

/** One partner asking for space (`away`) while the other (`waiting`) waits. */
export interface MapSpaceTurn {
  away: Partner;
  waiting: Partner;
  /** Positions on the scale (0 = its first choice). */
  back?: number;
  wait?: number;
  /** How many steps of the scale `back` is beyond `wait`: above 0 is a gap to talk about. */
  gap: number;
}

/** How soon each comes back after asking for space, against how long the other can wait. */
export interface MapSpace {
  /** The schema's choices, shortest first ("Twenty minutes" … "The next day"). */
  scale: string[];
  backWithin: Both<string>;
  canWait: Both<string>;
  turns: MapSpaceTurn[];
}

/** Everything the map of where the partners differ shows, as plain data. */
export interface MapData {
  names: Record<Partner, string>;
  hours: MapHours;
  rhythm: Both<string>;
  restoring: MapRestoring;
  space: MapSpace;
  week: MapWeek;
}

/**
 * Reads what the map of differences shows from a contract: the answers are found
 * through the layout (its sections, pairs and choices), never by a key of its own,
 * and anything missing or of the wrong kind counts as "not answered yet". Pure: no
 * DOM, so the same data can be checked in Node and drawn in the page.
 */
export function mapData(layout: ContractLayout, contract: Record<string, unknown>): MapData {
  const battery = findSection(layout, BATTERY.section);
  const space = findSection(layout, SPACE.section);
  const hoursPair = battery && findPair(battery, BATTERY.hours);
  const restoringPair = battery && findPair(battery, BATTERY.restoring);
  const backPair = space && findPair(space, SPACE.backWithin);
  const waitPair = space && findPair(space, SPACE.canWait);
  const read = (pair: Pair | undefined, partner: Partner) => (pair ? getAt(contract, parsePath(pair.paths[partner])) : undefined);

  const hours = both((partner) => {
    const value = read(hoursPair, partner);
    return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
  });
  const maximum = question(hoursPair)?.limits.maximum;
  const rhythmPair = battery && findPair(battery, BATTERY.rhythm);
  const scale = question(backPair)?.choices ?? question(waitPair)?.choices ?? [];
  const backWithin = both((partner) => choiceOf(read(backPair, partner), scale));
  const canWait = both((partner) => choiceOf(read(waitPair, partner), scale));
  const otherPair = battery && findPair(battery, BATTERY.otherRestoring);

  return {
    names: partnerNames(contract),
    hours: { values: hours, scaleMax: scaleMaxOf(hours, maximum) },
    rhythm: both((partner) => textOf(read(rhythmPair, partner))),
    restoring: compareRestoring(
      both((partner) => {
        const value = read(restoringPair, partner);
        return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item.trim() !== "") : undefined;
      }),
      both((partner) => textOf(read(otherPair, partner))),
    ),
    space: {
      scale,
      backWithin,
      canWait,
      turns: PARTNERS.map((away) => spaceTurn(away, scale, backWithin, canWait)),
    },
    week: mapWeek(layout, contract),
  };
}

function both<T>(of: (partner: Partner) => T | undefined): Both<T> {
  return { a: of("a"), b: of("b") };
}

function question(pair: Pair | undefined): Question | undefined {
  const entry = pair?.partners.a;
  return entry?.kind === "question" ? entry : undefined;
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function choiceOf(value: unknown, choices: readonly string[]): string | undefined {
  return typeof value === "string" && choices.includes(value) ? value : undefined;
}

/**
 * A round top for the hours scale: 10 when both want less (so 2.5 and 6 hours read
 * as the small, different amounts they are), else the next multiple of 5 or 10,
 * never above what the schema allows.
 */
export function scaleMaxOf(hours: Both<number>, maximum = Number.POSITIVE_INFINITY): number {
  const largest = Math.max(0, ...PARTNERS.map((partner) => hours[partner] ?? 0));
  const step = largest > 40 ? 10 : 5;
  return Math.min(maximum, Math.max(10, Math.ceil(largest / step) * step));
}

/** Trimmed and case-folded, so "Reading" and " reading" are one activity. */
function normalise(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** Splits two partners' activities into those they share and those only one chose, each in its first writer's spelling. */
export function compareRestoring(chosen: Both<string[]>, own: Both<string> = { a: undefined, b: undefined }): MapRestoring {
  const keys = both((partner) => new Set((chosen[partner] ?? []).map(normalise)));
  const seen = new Set<string>();
  const both_: string[] = [];
  const only: Record<Partner, string[]> = { a: [], b: [] };
  for (const partner of PARTNERS) {
    const other = partner === "a" ? "b" : "a";
    for (const item of chosen[partner] ?? []) {
      const key = normalise(item);
      if (seen.has(key)) continue;
      seen.add(key);
      if (keys[other]?.has(key)) both_.push(item.trim());
      else only[partner].push(item.trim());
    }
  }
  return {
    both: both_,
    only,
    answered: { a: (chosen.a ?? []).length > 0, b: (chosen.b ?? []).length > 0 },
    own,
  };
}

function spaceTurn(away: Partner, scale: readonly string[], backWithin: Both<string>, canWait: Both<string>): MapSpaceTurn {
  const waiting: Partner = away === "a" ? "b" : "a";
  const backAnswer = backWithin[away];
  const waitAnswer = canWait[waiting];
  const back = backAnswer === undefined ? undefined : scale.indexOf(backAnswer);
  const wait = waitAnswer === undefined ? undefined : scale.indexOf(waitAnswer);
  return {
    away,
    waiting,
    ...(back !== undefined ? { back } : {}),
    ...(wait !== undefined ? { wait } : {}),
    gap: back !== undefined && wait !== undefined ? Math.max(0, back - wait) : 0,
  };
}
