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

  it("refuses a key given twice at the top level, naming it", () => {
    expect(parseContractJson('{"a": 1, "a": 2}')).toEqual({ ok: false, message: 'a: the key "a" appears twice; keep one' });
  });

  it("refuses a key given twice deep inside, with its path through objects and lists", () => {
    const text = '{"rituals": {"list": [{"name": "x"}, {"name": "y", "when": "Sunday", "name": "z"}]}}';
    expect(parseContractJson(text)).toEqual({ ok: false, message: 'rituals.list.1.name: the key "name" appears twice; keep one' });
  });

  it("counts keys written differently but equal once decoded as the same key", () => {
    expect(parseContractJson('{"couple": {"n\\u0061me": 1, "name": 2}}')).toEqual({ ok: false, message: 'couple.name: the key "name" appears twice; keep one' });
  });

  it("allows the same key in different objects, and strings that look like keys", () => {
    expect(parseContractJson('{"a": {"name": "b: \\"name\\": 1"}, "b": {"name": [1, {"name": ","}]}}').ok).toBe(true);
  });
});
