import { describe, expect, it } from "vitest";
import { urlOf } from "../../src/build/list-built-pages.ts";

describe("urlOf", () => {
  it.each([
    ["index.html", "/"],
    ["about/index.html", "/about/"],
    ["steps/1-battery-pack/index.html", "/steps/1-battery-pack/"],
    ["404.html", "/404.html"],
  ])("serves %s at %s", (file, url) => {
    expect(urlOf(file)).toBe(url);
  });
});
