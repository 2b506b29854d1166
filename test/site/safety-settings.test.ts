import { describe, expect, it } from "vitest";
import { DEFAULT_EXIT_TO, safetySettings } from "../../src/site/safety-settings.ts";

describe("the safety settings of data/site.json", () => {
  it("has a neutral default destination and idle period", () => {
    expect(safetySettings({})).toEqual({ exitTo: DEFAULT_EXIT_TO, lockWhenIdleMinutes: 10 });
  });

  it("refuses a destination that is not https, or that carries a query or a fragment", () => {
    expect(() => safetySettings({ exitTo: "http://example.org/" })).toThrow('data/site.json exitTo must be a full https:// address of a neutral page on another site');
    expect(() => safetySettings({ exitTo: "https://example.org/?from=workbook" })).toThrow("data/site.json exitTo must be a plain address: no query or fragment");
    expect(() => safetySettings({ exitTo: "javascript:alert(1)" })).toThrow("data/site.json exitTo");
  });

  it("refuses an idle period under a minute or over two hours", () => {
    expect(() => safetySettings({ lockWhenIdleMinutes: 0.5 })).toThrow("data/site.json lockWhenIdleMinutes must be at least 1 minute");
    expect(() => safetySettings({ lockWhenIdleMinutes: 500 })).toThrow("at most 120 minutes");
  });
});
