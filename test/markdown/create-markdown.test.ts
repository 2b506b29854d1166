import { describe, expect, it } from "vitest";
import { createMarkdown, slugify } from "../../src/markdown/create-markdown.ts";

const md = createMarkdown();

describe("createMarkdown", () => {
  it("prints raw HTML as text, never as markup", () => {
    const html = md.render('Hello <script>alert(1)</script> <img src="x" onerror="y">');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("gives headings ids from their text", () => {
    expect(md.render("## What it is not")).toContain('<h2 id="what-it-is-not"');
  });

  it.each([
    ["note", "Note"],
    ["example", "In your own words"],
    ["caution", "Take care"],
  ])("renders a ::: %s callout as a labelled box", (name, label) => {
    const html = md.render(`::: ${name}\nInside.\n:::`);
    expect(html).toContain(`<div class="callout callout-${name}">`);
    expect(html).toContain(`<p class="callout-label">${label}</p>`);
    expect(html).toContain("<p>Inside.</p>");
  });

  it("renders a ::: card without a label", () => {
    expect(md.render("::: card\n### A card\n:::")).toMatch(/<div class="callout callout-card">\n<h3/);
  });

  it("leaves an unknown container as plain text", () => {
    expect(md.render("::: danger\nx\n:::")).toContain("<p>::: danger");
  });

  it("makes typographic quotes", () => {
    expect(md.render(`"space" isn't distance`)).toContain("“space” isn’t distance");
  });
});

describe("slugify", () => {
  it.each([
    ["What it is not", "what-it-is-not"],
    ["Let individuality deepen the “we”", "let-individuality-deepen-the-we"],
    ["Café – à deux", "cafe-a-deux"],
  ])("turns %s into %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});
