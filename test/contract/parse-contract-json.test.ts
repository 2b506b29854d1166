import { afterEach, describe, expect, it } from "vitest";
import { parseContractJson } from "../../src/contract/parse-contract-json.ts";

afterEach(() => {
  // If a test ever did pollute the prototype, do not let it leak into the next one.
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe("parseContractJson", () => {
  it("reads a JSON object", () => {
    expect(parseContractJson('{"schemaVersion": 2, "couple": {"a": {"name": "Maya"}}}')).toEqual({
      ok: true,
      value: { schemaVersion: 2, couple: { a: { name: "Maya" } } },
    });
  });

  it("refuses text that is not JSON, saying so", () => {
    const result = parseContractJson("{ schemaVersion: 2 }");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(/^not valid JSON \(/);
  });

  it("refuses an empty file", () => {
    expect(parseContractJson("").ok).toBe(false);
  });

  it.each([
    ["a list", "[]"],
    ["null", "null"],
    ["a string", '"contract"'],
    ["a number", "2"],
  ])("refuses %s at the top level", (_, text) => {
    expect(parseContractJson(text)).toEqual({ ok: false, message: "not a contract: the file must hold one JSON object" });
  });

  it("accepts a byte order mark before the JSON", () => {
    expect(parseContractJson('\uFEFF{"schemaVersion": 2}')).toEqual({ ok: true, value: { schemaVersion: 2 } });
  });

  it("refuses a __proto__ key deep inside lists and objects, naming its path", () => {
    const text = '{"rituals": {"list": [{"name": "Walk"}, {"name": "Tea", "__proto__": {"polluted": true}}]}}';
    expect(parseContractJson(text)).toEqual({ ok: false, message: 'rituals.list.1.__proto__: the key "__proto__" is not allowed' });
  });

  it("refuses a constructor key, naming its path", () => {
    const text = '{"couple": {"a": {"constructor": {"prototype": {"polluted": true}}}}}';
    expect(parseContractJson(text)).toEqual({ ok: false, message: 'couple.a.constructor: the key "constructor" is not allowed' });
  });

  it("refuses a prototype key, naming its path", () => {
    const text = '{"batteryPack": {"b": {"prototype": 1}}}';
    expect(parseContractJson(text)).toEqual({ ok: false, message: 'batteryPack.b.prototype: the key "prototype" is not allowed' });
  });

  it("refuses a __proto__ key at the top level", () => {
    expect(parseContractJson('{"__proto__": {"polluted": true}}')).toEqual({ ok: false, message: '__proto__: the key "__proto__" is not allowed' });
  });

  it("allows keys that only contain the forbidden words", () => {
    expect(parseContractJson('{"constructors": 1, "my__proto__": 2}').ok).toBe(true);
  });

  it("pollutes no prototype while reading a file that tries to", () => {
    parseContractJson('{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted": true}}}}');
    parseContractJson('[{"__proto__": {"polluted": true}}]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
