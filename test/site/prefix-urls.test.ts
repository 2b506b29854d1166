import { describe, expect, it } from "vitest";
import { prefixUrls } from "../../src/site/prefix-urls.ts";

describe("prefixUrls", () => {
  const page = `<link rel="stylesheet" href="/assets/site.css"><a href="/safety/">Safety</a> <a href="#main">Skip</a>
<script type="module" src="/assets/a.js"></script><link rel="canonical" href="https://example.org/x/"><a href="//cdn.example/">x</a>
<input hidden required><p>Text says href=&quot;/x&quot;, escaped as every text of the site is.</p>`;

  it("puts root-relative links and sources under the prefix and leaves everything else byte for byte", () => {
    expect(prefixUrls(page, "/autonomy-contract/")).toBe(
      page
        .replace('href="/assets/site.css"', 'href="/autonomy-contract/assets/site.css"')
        .replace('href="/safety/"', 'href="/autonomy-contract/safety/"')
        .replace('src="/assets/a.js"', 'src="/autonomy-contract/assets/a.js"'),
    );
  });

  it("changes nothing without a prefix", () => {
    expect(prefixUrls(page, "/")).toBe(page);
  });
});
