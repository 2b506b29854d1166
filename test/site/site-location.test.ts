import { describe, expect, it } from "vitest";
import { absoluteUrl, parseSiteLocation, prefixedPath } from "../../src/site/site-location.ts";

describe("parseSiteLocation", () => {
  it.each([
    ["https://example.org/", "https://example.org/", "/"],
    ["https://example.org", "https://example.org/", "/"],
    ["https://example.org/autonomy-contract", "https://example.org/autonomy-contract/", "/autonomy-contract/"],
    ["http://127.0.0.1:4000/a/b/", "http://127.0.0.1:4000/a/b/", "/a/b/"],
  ])("reads %s as base %s under %s", (text, baseUrl, pathPrefix) => {
    expect(parseSiteLocation(text, "site.json")).toEqual({ baseUrl, pathPrefix });
  });

  it.each([
    ["example.org", /"example.org" is not an absolute URL/],
    ["ftp://example.org/", /must start with https:\/\//],
    ["https://example.org/?a=1", /must not have a query or a fragment/],
    ["https://example.org/#top", /must not have a query or a fragment/],
    ["https://me:secret@example.org/", /must not hold a user name or password/],
  ])("refuses %s, saying where and why", (text, message) => {
    expect(() => parseSiteLocation(text, "data/site.json: \"url\"")).toThrow(message);
    expect(() => parseSiteLocation(text, "data/site.json: \"url\"")).toThrow(/^data\/site.json: "url": /);
  });
});

describe("site paths on the published site", () => {
  const location = parseSiteLocation("https://example.org/autonomy-contract/", "test");

  it("makes absolute URLs under the base", () => {
    expect(absoluteUrl(location, "/")).toBe("https://example.org/autonomy-contract/");
    expect(absoluteUrl(location, "/steps/1-battery-pack/")).toBe("https://example.org/autonomy-contract/steps/1-battery-pack/");
  });

  it("prefixes paths", () => {
    expect(prefixedPath(location, "/assets/*")).toBe("/autonomy-contract/assets/*");
    expect(prefixedPath({ pathPrefix: "/" }, "/sw.js")).toBe("/sw.js");
  });
});
