import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { describeViolations, runAxe, VIEWS } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { resign } from "../helpers/contracts.ts";
import { openContract as openContractPage, textOf, watchPage } from "../helpers/contract-page.ts";
import { ROOT } from "../helpers/run-build.ts";
import { WORKBOOK_KEY as KEY } from "../helpers/workbook-page.ts";

const SAMPLE_TEXT = readFileSync(path.join(ROOT, "data/examples/sample-contract.json"), "utf8");
const SAMPLE: Record<string, any> = JSON.parse(SAMPLE_TEXT);
const SIGNED_FINGERPRINT: string = SAMPLE.signatures.a.fingerprint;

/** Text that would become markup, a request or a link if the page ever parsed answers as HTML. */
const HOSTILE = {
  "couple.a.name": "<img src=x onerror=alert(1)>",
  "couple.b.name": "<script>alert(2)</script>",
  "batteryPack.a.lowBatterySigns": "</style><b>bold</b><style>",
  "guardrails.distanceSignal": "file:///etc/passwd",
  "rituals.list.0.name": "<svg onload=alert(3)>",
  "defaultMoves.ownMoves.0": "<iframe src=javascript:alert(4)></iframe>",
  "signatures.b.name": "<img src=x onerror=alert(5)>",
  "signatures.witness.name": '"><script>alert(6)</script>',
  // One unbroken word, longer than a phone is wide.
  "guardrails.noStonewalling": `${"x".repeat(300)}`,
} as const;

function hostileContract(): Record<string, any> {
  const data = structuredClone(SAMPLE);
  for (const [dotted, value] of Object.entries(HOSTILE)) {
    const keys = dotted.split(".");
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => node[key], data);
    parent[last] = value;
  }
  return data;
}

const session = useBrowserSession();

/** Opens the contract page with `stored` saved on this device (nothing when null), and waits for it to settle. */
const openContract = (page: Page, stored: string | null) => openContractPage(page, session().server.url, stored);
const watch = watchPage;

describe("the contract page, from the contract saved on this device", () => {
  it("shows the sample contract saved under autonomy-contract/v2", async () => {
    await session().withPage(async (page) => {
      const problems = await watch(page);
      await openContract(page, SAMPLE_TEXT);
      expect(await page.title()).toBe("Autonomy Contract between Maya Okafor and Jonas Lind");
      expect(await textOf(page, ".contract-title")).toEqual(["Autonomy Contract between Maya Okafor and Jonas Lind"]);
      // The schedule of answers, after the agreement and the signatures (test/site/contract-agreement.test.ts reads the agreement).
      expect(await textOf(page, ".contract-schedule .contract-section > h4")).toEqual([
        "The two of you",
        "Step 1: Your battery packs",
        "Step 2: Your together time",
        "Step 3: Your words for asking for space",
        "Step 4: Your default moves",
        "Step 5: Your individual worlds",
        "Step 6: Your guardrails",
        "Step 7: A deeper we",
      ]);
      expect(await textOf(page, ".contract-signing > h3")).toEqual(["Signatures"]);
      expect(await textOf(page, '[data-path="spaceWords.b.askingWords"]')).toEqual([SAMPLE.spaceWords.b.askingWords]);
      expect(await textOf(page, '[data-path="individualWorlds.talkBeforeBooking"]')).toEqual(["Yes"]);
      expect(await textOf(page, '[data-path="batteryPack.b.otherActivities"]')).toEqual(["Not answered (optional)"]);
      expect(await textOf(page, '[data-path="couple.startDate"], [data-path="couple.reviewDate"]')).toEqual(["1 March 2026", "1 June 2026"]);
      // Partner A signed by drawing: an SVG path from her strokes, named for a screen reader.
      const drawing = await page.$eval('[data-signature="a"] svg', (svg) => ({
        label: svg.getAttribute("aria-label"),
        role: svg.getAttribute("role"),
        viewBox: svg.getAttribute("viewBox"),
        d: svg.querySelector("path")?.getAttribute("d") ?? "",
        width: svg.querySelector("path")?.getAttribute("stroke-width"),
      }));
      expect(drawing).toMatchObject({ label: "Signature of Maya Okafor", role: "img", viewBox: "0 0 1000 300", width: "8" });
      expect(drawing.d.startsWith("M 80 170 L 92 165")).toBe(true);
      expect(drawing.d.match(/M /g)).toHaveLength(2);
      // Partner B typed his name.
      expect(await textOf(page, '[data-signature="b"] .contract-typed-signature')).toEqual(["Jonas Lind (typed signature)"]);
      expect(await page.$('[data-signature="b"] svg')).toBeNull();
      expect(await textOf(page, ".contract-status")).toEqual(["Signed", "Signed"]);
      expect(await textOf(page, ".contract-witness dd")).toEqual(["Dr. Ana Ruiz", "Couples therapist"]);
      const groups = await textOf(page, ".contract-fingerprint-group");
      expect(groups).toHaveLength(8);
      expect(groups.join("")).toBe(SIGNED_FINGERPRINT);
      expect(await problems()).toEqual([]);
    });
  });

  it("offers the print button and the workbook link beside the contract, and the button prints", async () => {
    await session().withPage(async (page) => {
      await openContract(page, SAMPLE_TEXT);
      const actions = await page.$eval("[data-contract-actions]", (el) => ({
        shown: getComputedStyle(el).display !== "none",
        button: el.querySelector("button")?.textContent,
        link: el.querySelector("a")?.getAttribute("href"),
        linkText: el.querySelector("a")?.textContent,
      }));
      expect(actions).toEqual({ shown: true, button: "Print or save as PDF", link: "/workbook/", linkText: "Edit in the workbook" });
      await page.evaluate(() => {
        (globalThis as any).__printed = 0;
        window.print = () => void (globalThis as any).__printed++;
      });
      await page.click("[data-print]");
      expect(await page.evaluate(() => (globalThis as any).__printed)).toBe(1);
    });
  });

  it("shows a changed contract's signatures as needing signing again", async () => {
    await session().withPage(async (page) => {
      const edited = structuredClone(SAMPLE);
      edited.rituals.checkIn.time = "20:00";
      await openContract(page, JSON.stringify(edited));
      expect(await textOf(page, '[data-path="rituals.checkIn.time"]')).toEqual(["8 pm"]);
      expect(await textOf(page, ".contract-status")).toEqual(["Signed an earlier version: needs signing again", "Signed an earlier version: needs signing again"]);
      const shown = await page.$eval(".contract-fingerprint-value", (el) => el.getAttribute("data-fingerprint"));
      expect(shown).toMatch(/^[0-9a-f]{64}$/);
      expect(shown).not.toBe(SIGNED_FINGERPRINT);
    });
  });

  it("shows an unsigned draft with lines to sign on and its unanswered questions as empty lines", async () => {
    await session().withPage(async (page) => {
      await openContract(page, JSON.stringify({ schemaVersion: 3, couple: { a: { name: "Sam" } } }));
      expect(await page.title()).toBe("Autonomy Contract between Sam and Partner B");
      expect(await textOf(page, ".contract-status")).toEqual(["Not signed yet", "Not signed yet"]);
      expect(await page.$$(".contract-signature svg, .contract-typed-signature")).toHaveLength(0);
      const blanks = await textOf(page, ".contract-document .contract-blank");
      expect(blanks.filter((text) => text === "Not answered yet").length).toBeGreaterThan(30);
      // No witness named: lines to sign on paper instead.
      expect(await textOf(page, ".contract-witness dt")).toEqual(["Name", "Signature", "Date"]);
      expect(await page.$$(".contract-witness .contract-blank")).toHaveLength(3);
    });
  });

  it("shows a friendly empty state, with a link to the workbook, when nothing is saved", async () => {
    await session().withPage(async (page) => {
      const problems = await watch(page);
      await openContract(page, null);
      const state = await page.evaluate(() => ({
        state: document.documentElement.dataset.contractState,
        ready: document.documentElement.dataset.contractReady,
        heading: document.querySelector("[data-contract] h2")?.textContent,
        // Where the link leads (it is written relative, for a site under a path prefix).
        link: document.querySelector<HTMLAnchorElement>("[data-contract] a")?.getAttribute("href"),
        documents: document.querySelectorAll(".contract-document").length,
        actionsShown: getComputedStyle(document.querySelector("[data-contract-actions]")!).display !== "none",
        noScriptNotice: document.querySelectorAll("[data-needs-script]").length,
        title: document.title,
      }));
      expect(state).toEqual({
        state: "empty",
        ready: undefined,
        heading: "No contract on this device yet",
        link: "../workbook/",
        documents: 0,
        actionsShown: false,
        noScriptNotice: 0,
        title: "Your Autonomy Contract · Autonomy Contract",
      });
      expect(await problems()).toEqual([]);
    });
  });

  it("refuses saved data it cannot read, and leaves it untouched", async () => {
    await session().withPage(async (page) => {
      const damaged = '{"schemaVersion": 3, "couple": ';
      await openContract(page, damaged);
      expect(await page.evaluate(() => document.documentElement.dataset.contractState)).toBe("refused");
      expect(await textOf(page, "[data-contract] h2")).toEqual(["This contract cannot be shown"]);
      expect((await textOf(page, "[data-contract] p")).some((text) => text.startsWith("Cannot open it: not valid JSON"))).toBe(true);
      expect(await page.$(".contract-document")).toBeNull();
      expect(await page.evaluate(() => document.documentElement.dataset.contractReady)).toBeUndefined();
      expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(damaged);
    });
  });

  it("shows a saved draft whose answers do not all fit, with what to correct above it", async () => {
    await session().withPage(async (page) => {
      // The workbook keeps such a draft rather than lose what was typed (openSavedContract).
      const draft = JSON.stringify({ schemaVersion: 3, couple: { a: { name: 42 }, b: { name: "Robin" } }, batteryPack: { a: { hoursPerWeek: 200 } }, extra: true });
      await openContract(page, draft);
      expect(await textOf(page, ".contract-message-invalid h2")).toEqual(["Some answers do not fit the questions"]);
      expect(await textOf(page, ".contract-message-details li")).toEqual([
        "“Name” must be text",
        "“Hours alone I need in an ordinary week” must be a number from 0 to 80",
        "“extra” is not part of an Autonomy Contract",
      ]);
      // What does not fit is not passed off as an answer: a name that is not text leaves the fallback.
      expect(await page.title()).toBe("Autonomy Contract between Partner A and Robin");
      expect(await textOf(page, '[data-path="couple.a.name"]')).toEqual(["Not answered yet"]);
      expect(await page.$$(".contract-document")).toHaveLength(1);
      expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(draft);
    });
  });
});

describe("autonomyContract.show(), for the PDF command line", () => {
  it("renders a handed contract and returns the fingerprint its signatures hold", async () => {
    await session().withPage(async (page) => {
      const problems = await watch(page);
      await openContract(page, null);
      expect(await page.evaluate(() => document.documentElement.dataset.contractReady)).toBeUndefined();
      const result = await page.evaluate((text) => globalThis.autonomyContract!.show(text), SAMPLE_TEXT);
      expect(result).toEqual({ ok: true, fingerprint: SIGNED_FINGERPRINT, wording: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(await page.evaluate(() => document.documentElement.dataset.contractReady)).toBe("true");
      expect(await page.title()).toBe("Autonomy Contract between Maya Okafor and Jonas Lind");
      expect(await textOf(page, ".contract-status")).toEqual(["Signed", "Signed"]);
      expect(await problems()).toEqual([]);
    });
  });

  it("shows the handed contract instead of the saved one", async () => {
    await session().withPage(async (page) => {
      await openContract(page, JSON.stringify({ schemaVersion: 3, couple: { a: { name: "Saved" } } }));
      expect(await page.title()).toContain("Saved");
      const result = await page.evaluate((text) => globalThis.autonomyContract!.show(text), SAMPLE_TEXT);
      expect(result.ok).toBe(true);
      expect(await page.title()).toBe("Autonomy Contract between Maya Okafor and Jonas Lind");
      expect(await page.$$(".contract-document")).toHaveLength(1);
    });
  });

  it("refuses data that does not fit, with the path of each problem", async () => {
    await session().withPage(async (page) => {
      await openContract(page, SAMPLE_TEXT);
      const bad = structuredClone(SAMPLE);
      bad.batteryPack.a.hoursPerWeek = 200;
      const result = await page.evaluate((text) => globalThis.autonomyContract!.show(text), JSON.stringify(bad));
      expect(result).toEqual({ ok: false, errors: [{ path: "batteryPack.a.hoursPerWeek", message: "“Hours alone I need in an ordinary week” must be a number from 0 to 80" }] });
      expect(await page.evaluate(() => document.documentElement.dataset.contractReady)).toBeUndefined();
      expect(await page.$(".contract-document")).toBeNull();
      const notJson = await page.evaluate(() => globalThis.autonomyContract!.show("{ not json"));
      expect(notJson.ok).toBe(false);
      expect(notJson.ok ? [] : notJson.errors.map((error) => error.path)).toEqual([""]);
    });
  });
});

describe("text typed into the contract", () => {
  it("appears literally, as text, and creates no element, request or alert", async () => {
    await session().withPage(async (page) => {
      const problems = await watch(page);
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.setViewport({ width: 390, height: 844 });
      // The same structure with harmless text, to count elements against.
      await openContract(page, SAMPLE_TEXT);
      // The map of differences aside: it wraps names into as many drawn lines as their length needs (test/site/contract-map.test.ts).
      const outsideMap = "[data-contract] *:not(#where-you-differ, #where-you-differ *)";
      const plainCount = await page.$$eval(outsideMap, (nodes) => nodes.length);

      for (const via of ["storage", "show"] as const) {
        // Signed again, so that it shows as the sample does (no notice of outdated signatures) and the element counts compare.
        const text = JSON.stringify(await resign(hostileContract()));
        if (via === "storage") await openContract(page, text);
        else {
          await openContract(page, null);
          expect((await page.evaluate((json) => globalThis.autonomyContract!.show(json), text)).ok).toBe(true);
        }
        for (const [dotted, value] of Object.entries(HOSTILE)) {
          if (dotted.startsWith("signatures.")) continue;
          const selector = dotted === "rituals.list.0.name" || dotted.startsWith("defaultMoves.ownMoves") ? `[data-path="${dotted.replace(/\.\d+$/, "").replace(/^defaultMoves\.ownMoves$/, "defaultMoves.ownMoves")}"]` : `[data-path="${dotted}"]`;
          const shown = await textOf(page, selector);
          expect(shown.join(""), `${via}: ${dotted}`).toContain(value);
        }
        expect(await textOf(page, '[data-signature="b"] .contract-typed-name')).toEqual([HOSTILE["signatures.b.name"]]);
        expect(await textOf(page, ".contract-witness dd")).toEqual([HOSTILE["signatures.witness.name"], "Couples therapist"]);
        expect(await page.$eval('[data-signature="a"] svg', (svg) => svg.getAttribute("aria-label"))).toBe(`Signature of ${SAMPLE.signatures.a.name}`);
        expect(await page.title()).toBe(`Autonomy Contract between ${HOSTILE["couple.a.name"]} and ${HOSTILE["couple.b.name"]}`);
        const created = await page.$$eval("[data-contract] img, [data-contract] script, [data-contract] style, [data-contract] iframe, [data-contract] b, [data-contract] a:not(.contract-change), [onerror], [onload]", (nodes) => nodes.length);
        expect(created, via).toBe(0);
        // The only links are the page's own "Change" links, each into the workbook.
        const links = await page.$$eval("[data-contract] a", (nodes) => nodes.map((node) => node.getAttribute("href") ?? ""));
        expect(links.length, via).toBeGreaterThan(40);
        expect(links.filter((href) => !/^\.\.\/workbook\/#f-[A-Za-z0-9-]+$/.test(href)), via).toEqual([]);
        expect(await page.$$eval(outsideMap, (nodes) => nodes.length), via).toBe(plainCount);
        expect(await page.$$eval("[data-contract] svg:not(#where-you-differ svg)", (nodes) => nodes.length), via).toBe(1);
        // In the map, only its own drawings: no SVG a name could have made.
        expect(await page.$$eval("#where-you-differ svg:not(.map-svg, .map-swatch)", (nodes) => nodes.length), via).toBe(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${via}: wider than the phone`).toBe(0);
      }
      expect(requests.filter((url) => /\/x$|etc\/passwd|javascript:/.test(url))).toEqual([]);
      expect(await problems()).toEqual([]);
    });
  });

  it("runs under a policy that refuses HTML strings and inline script (the checks above are live)", async () => {
    await session().withPage(async (page) => {
      const problems = await watch(page);
      await openContract(page, SAMPLE_TEXT);
      const refused = await page.evaluate(() => {
        try {
          document.body.innerHTML = "<b>markup</b>";
          return false;
        } catch (error) {
          return error instanceof TypeError;
        }
      });
      expect(refused).toBe(true);
      expect((await problems()).some((problem) => problem.includes("require-trusted-types-for"))).toBe(true);
    });
  });
});

describe("printing the contract", () => {
  it("prints the contract alone: no site header, intro, buttons or links back; clauses, answers and the signing block kept whole; the schedule on a page of its own", async () => {
    await session().withPage(async (page) => {
      await openContract(page, SAMPLE_TEXT);
      await page.emulateMediaType("print");
      const layout = await page.evaluate(() => {
        const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => getComputedStyle(el).display !== "none").length;
        const whole = (selector: string) => [...document.querySelectorAll(selector)].every((el) => getComputedStyle(el).breakInside === "avoid");
        return {
          hidden: shown(".site-header, .site-nav, .contract .page-header, .contract .prose, .contract-actions, button, .button, .contract-change, .contract-fingerprint"),
          footerText: shown(".site-footer p:not(.print-only)"),
          documents: shown(".contract-document"),
          clausesKeptWhole: whole(".clause"),
          answersKeptWhole: whole(".contract-answer"),
          signingKeptWhole: getComputedStyle(document.querySelector(".contract-signing")!).breakInside,
          promiseKeptWithSignatures: getComputedStyle(document.querySelector(".agreement-closing")!).breakAfter,
          headingsKept: [...document.querySelectorAll(".agreement-section > h3, .contract-section > h4")].every((el) => getComputedStyle(el).breakAfter === "avoid"),
          scheduleStartsAPage: getComputedStyle(document.querySelector(".contract-schedule")!).breakBefore,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(layout).toEqual({
        hidden: 0,
        footerText: 0,
        documents: 1,
        clausesKeptWhole: true,
        answersKeptWhole: true,
        signingKeptWhole: "avoid",
        promiseKeptWithSignatures: "avoid",
        headingsKept: true,
        scheduleStartsAPage: "page",
        overflow: 0,
      });
      for (const format of ["A4", "Letter"] as const) {
        const pdf = Buffer.from(await page.pdf({ format }));
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      }
    });
  });
});

describe("accessibility of the contract page (axe-core, WCAG 2.2 AA)", () => {
  // Empty, filled and signed, outdated (an answer changed after signing: the warning at the top), and a draft half written.
  const cases = (["empty", "filled", "outdated", "draft"] as const).flatMap((content) => VIEWS.map((view) => [content, view.name, view] as const));
  const contents = () => {
    const outdated = structuredClone(SAMPLE);
    outdated.couple.startDate = "2026-03-02";
    const draft = { schemaVersion: 3, couple: SAMPLE.couple, batteryPack: { a: SAMPLE.batteryPack.a } };
    return { empty: null, filled: SAMPLE_TEXT, outdated: JSON.stringify(outdated), draft: JSON.stringify(draft) };
  };

  it.each(cases)("%s (%s) has no violations", async (content, _name, view) => {
    await session().withPage(async (page) => {
      await page.setViewport({ width: view.width, height: view.height });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: view.scheme }]);
      await openContract(page, contents()[content]);
      if (content === "outdated") expect(await page.$$(".contract-message-outdated")).toHaveLength(1);
      if (content === "draft") expect(await page.$$(".contract-incomplete")).toHaveLength(1);
      expect(await page.$$(content === "empty" ? ".contract-message" : ".contract-document")).toHaveLength(1);
      await page.evaluate(() => document.fonts.ready);
      const results = await runAxe(page);
      expect(results.violations, describeViolations(results.violations)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    });
  });
});
