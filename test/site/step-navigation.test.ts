import { describe, expect, it } from "vitest";
import { stepNavigation } from "../../src/site/step-navigation.ts";

const steps = [1, 2, 3].map((step) => ({ url: `/steps/${step}/`, data: { step, title: `Step ${step}`, shortTitle: `S${step}` } }));

describe("stepNavigation", () => {
  it("has no previous step at the start", () => {
    expect(stepNavigation(steps, 1)).toEqual({ current: 1, total: 3, previous: undefined, next: steps[1] });
  });

  it("links both ways in the middle", () => {
    expect(stepNavigation(steps, 2)).toMatchObject({ current: 2, previous: steps[0], next: steps[2] });
  });

  it("has no next step at the end", () => {
    expect(stepNavigation(steps, 3).next).toBeUndefined();
  });

  it("names a step that does not exist", () => {
    expect(() => stepNavigation(steps, 9)).toThrow('no step page with "step: 9"');
  });
});
