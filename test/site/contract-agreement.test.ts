import type { Page } from "puppeteer";
import { beforeAll, describe, expect, it } from "vitest";
import { agreementLines, runsText, type Agreement } from "../../src/agreement/agreement-types.ts";
import type { ClauseSet } from "../../src/agreement/clause-file.ts";
import { loadClauses } from "../../src/agreement/load-clauses.ts";
import { renderAgreement } from "../../src/agreement/render-agreement.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import type { ContractLayout } from "../../src/layout/layout-types.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { openContract, textOf, watchPage } from "../helpers/contract-page.ts";
import { resign, SAMPLE_TEXT, sampleContract } from "../helpers/contracts.ts";
import { sentenceProblems } from "../helpers/sentences.ts";
import { openWorkbookTab, profilesOf, WORKBOOK_KEY } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

let layout: ContractLayout;
let clauses: ClauseSet;
beforeAll(async () => {
  layout = layoutContract(await loadSchema());
  clauses = (await loadClauses(layout)).set;
});

/** The agreement as the page's own engine writes it, here in Node from the repository's clauses. */
const agreementOf = (data: Record<string, unknown>): Agreement => renderAgreement(layout, clauses, data, "en");

/** The agreement as the page shows it: each heading, clause and item as a line, in order. */
function shownLines(page: Page): Promise<string[]> {
  return page.$$eval(".agreement-preamble .clause-text, .agreement-section > h3, .agreement-section .clause-text, .clause-items > li, .agreement-closing > h3, .agreement-closing .clause-text", (nodes) =>
    nodes.map((node) => node.textContent ?? ""),
  );
}

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 900 },
] as const;

describe.each(VIEWPORTS)("the contract view on a $name ($width px)", (viewport) => {
  const open = async (page: Page, stored: string | null) => {
    await page.setViewport({ width: viewport.width, height: viewport.height });
    await openContract(page, session().server.url, stored);
  };

  it("opens with the agreement, then the promise and the signatures, then the schedule of answers", async () => {
    await session().withPage(async (page) => {
      const problems = await watchPage(page);
      await open(page, SAMPLE_TEXT);
      const order = await page.evaluate(() =>
        [".contract-head", ".agreement-preamble", "#agreement-step-1", "#agreement-step-7", ".agreement-closing", ".contract-signing", ".contract-schedule"].map((selector) => {
          const all = [...document.querySelectorAll(".contract-document *")];
          return all.indexOf(document.querySelector(selector)!);
        }),
      );
      expect(order.every((position) => position >= 0)).toBe(true);
      expect([...order].sort((one, two) => one - two)).toEqual(order);
      expect(await textOf(page, ".agreement-section > h3")).toEqual([
        "1. Our battery packs",
        "2. Our time together",
        "3. How we ask for space",
        "4. When we want different things",
        "5. Our own worlds",
        "6. Where space ends and avoidance begins",
        "7. A deeper we",
      ]);
      expect(await textOf(page, "#clause-3-2 .clause-text")).toEqual([
        `3.2 When Jonas Lind asks for space, Maya Okafor will answer: “${sampleContract().spaceWords.a.reply}” When Maya Okafor asks for space, Jonas Lind will answer: “${sampleContract().spaceWords.b.reply}”`,
      ]);
      expect(await textOf(page, ".contract-schedule > h3")).toEqual(["Schedule: your answers in full"]);
      expect(await problems()).toEqual([]);
    });
  });

  it("says the same sentences as the engine does from the same clauses, each a sentence", async () => {
    await session().withPage(async (page) => {
      await open(page, SAMPLE_TEXT);
      const shown = await shownLines(page);
      expect(shown).toEqual(agreementLines(agreementOf(sampleContract())));
      const sentences = shown.filter((line) => !/^\d+\. /.test(line) && line !== "Our promise");
      expect(sentences.flatMap((line) => sentenceProblems(line.replace(/^\d+\.\d+ /, "")))).toEqual([]);
    });
  });

  it("uses the partners' names wherever the contract speaks of them, the two of you included", async () => {
    await session().withPage(async (page) => {
      await open(page, SAMPLE_TEXT);
      expect(await textOf(page, '.contract-schedule [data-section="couple"] .contract-partner dt')).toEqual(["Maya Okafor", "Jonas Lind", "Maya Okafor", "Jonas Lind"]);
      const text = await page.$eval(".contract-document", (element) => element.textContent ?? "");
      expect(text).not.toMatch(/Partner [AB]/);
    });
  });

  it("links each answer's Change to its own question in the workbook, by a relative link with a name that says which", async () => {
    await session().withPage(async (page) => {
      await open(page, SAMPLE_TEXT);
      const links = await page.$$eval(".contract-change", (nodes) =>
        nodes.map((node) => ({
          href: node.getAttribute("href") ?? "",
          name: (node.textContent ?? "").replace(/\s+/g, " "),
          path: node.previousElementSibling?.getAttribute("data-path") ?? "",
        })),
      );
      const answers = await page.$$eval(".contract-schedule .contract-value[data-path]", (nodes) => nodes.map((node) => node.getAttribute("data-path")));
      // One link per answer, but a list of items with answers of their own (the rituals), whose answers have theirs.
      expect(links.map((link) => link.path).sort()).toEqual(answers.filter((path) => path !== "rituals.list").sort());
      for (const link of links) {
        expect(link.href, link.path).toBe(`../workbook/#f-${link.path.replaceAll(".", "-")}`);
        expect(link.name, link.path).toMatch(/^Change \S/);
      }
      expect(links.find((link) => link.path === "batteryPack.b.hoursPerWeek")?.name).toBe("Change Jonas Lind’s answer to “Hours alone I need in an ordinary week”");
      expect(links.find((link) => link.path === "rituals.list.1.frequency")?.name).toBe("Change ritual 2: “How often”");
      expect(links.find((link) => link.path === "rituals.checkIn.day")?.name).toBe("Change “Your weekly check-in: Day”");
      // Labels keep their spaces: no "ritual1".
      const names = await page.$$eval("[data-contract] a, [data-contract] button, [data-contract] summary", (nodes) => nodes.map((node) => node.textContent ?? ""));
      expect(names.filter((name) => /\p{L}\d/u.test(name))).toEqual([]);
    });
  });

  it("shows a short version code, with the full one folded away for checking later, and no hash or algorithm in view", async () => {
    await session().withPage(async (page) => {
      await open(page, SAMPLE_TEXT);
      const fingerprint = sampleContract().signatures.a.fingerprint as string;
      expect(await textOf(page, ".contract-version-code")).toEqual([`${fingerprint.slice(0, 4)} ${fingerprint.slice(4, 8)}`]);
      const folded = await page.$eval(".contract-fingerprint", (details) => ({ open: (details as HTMLDetailsElement).open, summary: details.querySelector("summary")?.textContent }));
      expect(folded).toEqual({ open: false, summary: "For checking later" });
      const visible = await page.evaluate(() => document.body.innerText);
      expect(visible).not.toMatch(/SHA-?256|schema ?version|fingerprint|[0-9a-f]{16}/i);
      await page.click(".contract-fingerprint summary");
      expect((await textOf(page, ".contract-fingerprint-value"))[0]?.replace(/\s/g, "")).toBe(fingerprint);
    });
  });

  it("writes every date the one way, and no stored date or command line", async () => {
    await session().withPage(async (page) => {
      await open(page, SAMPLE_TEXT);
      const visible = await page.evaluate(() => document.body.innerText);
      expect(visible).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|autonomy-contract |npx /);
      expect(visible.match(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g)?.length).toBeGreaterThanOrEqual(5);
    });
  });

  it("warns at the top when the answers changed after signing, with a link to sign again", async () => {
    await session().withPage(async (page) => {
      const changed = sampleContract();
      changed.rituals.checkIn.time = "20:00";
      await open(page, JSON.stringify(changed));
      // At the top of the page: under its title, before the introduction and the contract.
      const atTop = await page.evaluate(() => {
        const notice = document.querySelector(".contract-message-outdated")!;
        const before = (other: string) => Boolean(notice.compareDocumentPosition(document.querySelector(other)!) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { afterTitle: Boolean(document.querySelector("h1")!.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING), beforeIntro: before(".contract .prose"), beforeContract: before(".contract-document") };
      });
      expect(atTop).toEqual({ afterTitle: true, beforeIntro: true, beforeContract: true });
      const first = await page.$eval("[data-contract-notices] > :first-child", (element) => ({
        kind: element.getAttribute("data-state"),
        heading: element.querySelector("h2")?.textContent,
        text: element.querySelector("p")?.textContent,
        link: element.querySelector("a")?.getAttribute("href"),
        linkText: element.querySelector("a")?.textContent,
      }));
      expect(first).toEqual({
        kind: "outdated",
        heading: "Your answers changed after you signed",
        text: "Maya Okafor and Jonas Lind signed an earlier version of this contract, so those signatures no longer cover what it says now. Read it through together, then sign again in the workbook.",
        link: "../workbook/#signing",
        linkText: "Sign again in the workbook",
      });
      // The clauses say the contract as it is now.
      expect((await textOf(page, '[data-clause="check-in"] .clause-text'))[0]).toContain("Every Sunday at 8 pm");
      await Promise.all([page.waitForNavigation(), page.click(".contract-message-outdated a")]);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe("/workbook/#signing");
    });
  });

  it("names only the partner whose signature is outdated, and warns of nothing when both signatures hold", async () => {
    await session().withPage(async (page) => {
      const contract = await resign(sampleContract());
      contract.signatures.b.fingerprint = "0".repeat(64);
      await open(page, JSON.stringify(contract));
      expect((await textOf(page, ".contract-message-outdated p"))[0]).toMatch(/^Jonas Lind signed an earlier version of this contract, so that signature no longer covers/);
      await open(page, SAMPLE_TEXT);
      expect(await page.$(".contract-message-outdated")).toBeNull();
    });
  });

  it("shows a draft's agreement without its missing clauses, and says some are missing", async () => {
    await session().withPage(async (page) => {
      await open(page, JSON.stringify({ schemaVersion: 3, couple: { a: { name: "Sam" }, b: { name: "Robin" } } }));
      expect(await textOf(page, ".contract-incomplete")).toHaveLength(1);
      const shown = await shownLines(page);
      expect(shown).toEqual(agreementLines(agreementOf({ schemaVersion: 3, couple: { a: { name: "Sam" }, b: { name: "Robin" } } })));
      expect(shown.join("\n")).not.toMatch(/undefined|\{|\}/);
      expect(await textOf(page, '.contract-schedule [data-section="couple"] .contract-partner dt')).toEqual(["Sam", "Robin", "Sam", "Robin"]);
    });
  });
});

describe("a Change link, followed", () => {
  it("lands on the workbook with the fragment of that exact question, which the workbook holds", async () => {
    await withProfile(async (context) => {
      const workbook = await openWorkbookTab(context, session().server.url);
      await workbook.evaluate((key, text) => localStorage.setItem(key, text), WORKBOOK_KEY, SAMPLE_TEXT);
      const page = await context.newPage();
      await page.goto(`${session().server.url}/contract/`, { waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.dataset.contractReady === "true");
      const fragments = await page.$$eval(".contract-change", (nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href).hash.slice(1)));
      expect(fragments.length).toBeGreaterThan(40);
      const link = '.contract-change[href="../workbook/#f-spaceWords-b-reply"]';
      await Promise.all([page.waitForNavigation(), page.click(link)]);
      expect(new URL(page.url()).pathname).toBe("/workbook/");
      expect(new URL(page.url()).hash).toBe("#f-spaceWords-b-reply");
      // Every fragment names an element of the workbook once it has the contract's answers (list items included).
      await page.waitForSelector("[data-workbook-bar]:not([hidden])");
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), fragments);
      expect(missing).toEqual([]);
      expect(await page.$eval("#f-spaceWords-b-reply", (element) => element.tagName)).toBe("TEXTAREA");
    });
  });
});

describe("hostile answers inside the agreement's sentences", () => {
  it("print literally, as text, and make no request", async () => {
    await session().withPage(async (page) => {
      const problems = await watchPage(page);
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      const contract = sampleContract();
      contract.couple.a.name = '<img src="/x" onerror="alert(1)">';
      contract.spaceWords.a.askingWords = "</p><script>alert(2)</script><p>";
      contract.guardrails.distanceSignal = "<style>body{background:url(/bg.png)}</style> @import url(/i.css);";
      contract.rituals.list[0].name = '<a href="file:///etc/passwd">passwd</a>';
      contract.batteryPack.b.otherActivities = "<iframe src=file:///etc/passwd></iframe>";
      await openContract(page, session().server.url, JSON.stringify(await resign(contract)));
      const typed = await page.$$eval(".clause-typed", (nodes) => nodes.map((node) => node.textContent ?? ""));
      for (const text of [contract.couple.a.name, contract.spaceWords.a.askingWords, contract.guardrails.distanceSignal, contract.rituals.list[0].name, contract.batteryPack.b.otherActivities]) {
        expect(typed, text).toContain(text);
      }
      expect(await textOf(page, '[data-clause="asking"] .clause-text')).toEqual([expect.stringContaining(`in words like these, and come back within an hour: “${contract.spaceWords.a.askingWords}”`)]);
      expect(await page.$$eval(".agreement-section img, .agreement-section script, .agreement-section style, .agreement-section iframe, .agreement-section a, .agreement-preamble img", (nodes) => nodes.length)).toBe(0);
      const site = session().server.url;
      expect(requests.filter((url) => !url.startsWith(site))).toEqual([]);
      expect(requests.filter((url) => /\/x$|bg\.png|i\.css|passwd/.test(url))).toEqual([]);
      expect(await problems()).toEqual([]);
    });
  });
});

describe("hidden direction controls inside the agreement's sentences", () => {
  it("show as marked codes inside the sentence, as they do in the schedule, and reorder nothing", async () => {
    await session().withPage(async (page) => {
      const contract = sampleContract();
      contract.spaceWords.a.askingWords = "I need \u202Eone hour\u202C alone.";
      await openContract(page, session().server.url, JSON.stringify(await resign(contract)));
      const inSentence = await page.$eval('[data-clause="asking"] [data-answer="spaceWords.a.askingWords"]', (span) => ({
        dir: span.getAttribute("dir"),
        codes: [...span.querySelectorAll(".contract-control")].map((code) => code.textContent),
        raw: (span.textContent ?? "").includes("\u202E"),
      }));
      expect(inSentence).toEqual({ dir: "auto", codes: ["RLO U+202E", "PDF U+202C"], raw: false });
      expect(await page.$$eval('.contract-schedule [data-path="spaceWords.a.askingWords"] .contract-control', (codes) => codes.length)).toBe(2);
    });
  });
});
