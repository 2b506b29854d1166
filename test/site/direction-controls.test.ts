import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { resign, sampleContract } from "../helpers/contracts.ts";
import { openQuestion, openWorkbookTab, profilesOf } from "../helpers/workbook-page.ts";

const session = useBrowserSession();
const withProfile = profilesOf(session);

/** Every direction control (embeddings, overrides, isolates): none may reach the page as a character. */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** Shows a contract on the contract page through its own `show`, as the pdf command does, and waits until it is laid out. */
async function showContract(page: Page, contract: Record<string, unknown>): Promise<void> {
  await page.goto(`${session().server.url}/contract/`, { waitUntil: "load" });
  await page.waitForFunction(() => globalThis.autonomyContract !== undefined);
  const shown = await page.evaluate((text) => globalThis.autonomyContract!.show(text), JSON.stringify(contract));
  expect(shown.ok).toBe(true);
}

/** The text of every text node under `selector`, joined: what the page holds as characters, codes included. */
function textNodes(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = "";
    while (walker.nextNode()) text += walker.currentNode.nodeValue;
    return text;
  });
}

/** The left edge of each character of `word` where it first appears under `selector`, in the order typed. */
function characterPositions(page: Page, selector: string, word: string): Promise<number[]> {
  return page.$eval(
    selector,
    (root, word) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(word);
        if (at === -1) continue;
        return [...word].map((_, index) => {
          const range = document.createRange();
          range.setStart(node, at + index);
          range.setEnd(node, at + index + 1);
          return range.getBoundingClientRect().left;
        });
      }
      throw new Error(`"${word}" is not on the page`);
    },
    word,
  );
}

describe("direction controls in the contract view (real Chromium)", () => {
  it("shows each one in an answer as a marked code, and lays out the text around it in the order it was typed", async () => {
    const contract = sampleContract();
    // "pay 100 euros" that a right-to-left override would show as "pay sorue 001".
    contract.batteryPack.a.lowBatterySigns = "pay \u202E100 euros\u202C now, and \u2067later\u2069";
    await session().withPage(async (page) => {
      await showContract(page, await resign(contract));
      const answer = '[data-path="batteryPack.a.lowBatterySigns"]';
      expect(await page.$$eval(`${answer} .contract-control`, (codes) => codes.map((code) => code.textContent))).toEqual([
        "RLO U+202E",
        "PDF U+202C",
        "RLI U+2067",
        "PDI U+2069",
      ]);
      expect(await textNodes(page, answer)).toBe("pay RLO U+202E100 eurosPDF U+202C now, and RLI U+2067laterPDI U+2069");
      expect(await textNodes(page, ".contract-document")).not.toMatch(CONTROLS);
      // Left to right as typed: the override was not applied to what follows it.
      for (const word of ["100", "euros", "later"]) {
        const lefts = await characterPositions(page, answer, word);
        expect(lefts, word).toEqual([...lefts].sort((a, b) => a - b));
      }
    });
  });

  it("leaves the joiners that emoji and scripts need as they are", async () => {
    const contract = sampleContract();
    // A family emoji joined by ZWJ, and Devanagari "क्‍ष" with ZWJ and Persian "می‌خواهم" with ZWNJ.
    const text = "\u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u0915\u094D\u200D\u0937 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
    contract.batteryPack.a.lowBatterySigns = text;
    await session().withPage(async (page) => {
      await showContract(page, await resign(contract));
      const answer = '[data-path="batteryPack.a.lowBatterySigns"]';
      expect(await textNodes(page, answer)).toBe(text);
      expect(await page.$$(`${answer} .contract-control`)).toHaveLength(0);
    });
  });

  it("shows one in a partner's name as a code in the title, the columns and the signature block, and writes it out in the page's title", async () => {
    const contract = sampleContract();
    contract.couple.a.name = "Maya \u202EOkafor";
    contract.signatures.a.name = "Maya \u202EOkafor";
    contract.couple.b.name = "Jonas \u2066Lind\u2069";
    contract.signatures.b.name = "Jonas \u2066Lind\u2069";
    await session().withPage(async (page) => {
      await showContract(page, await resign(contract));
      expect(await textNodes(page, ".contract-title")).toBe("Autonomy Contract between Maya RLO U+202EOkafor and Jonas LRI U+2066LindPDI U+2069");
      expect(await page.$$eval(".contract-title .contract-control", (codes) => codes.length)).toBe(3);
      expect(await page.$$eval(".contract-partner-a > dt .contract-control", (codes) => codes.length)).toBeGreaterThan(0);
      expect(await page.$$eval('[data-signature="a"] h4 .contract-control', (codes) => codes.map((code) => code.textContent))).toEqual(["RLO U+202E"]);
      expect(await page.$$eval('[data-signature="b"] .contract-typed-name .contract-control', (codes) => codes.length)).toBe(2);
      expect(await page.$eval('[data-signature="a"] svg', (svg) => svg.getAttribute("aria-label"))).toBe("Signature of Maya [RLO U+202E]Okafor");
      expect(await textNodes(page, ".contract-document")).not.toMatch(CONTROLS);
      expect(await page.title()).toBe("Autonomy Contract between Maya [RLO U+202E]Okafor and Jonas [LRI U+2066]Lind[PDI U+2069]");
    });
  });
});

describe("direction controls in the workbook (real Chromium)", () => {
  const FIELD = "#f-batteryPack-a-lowBatterySigns";
  const WARNING = "#f-batteryPack-a-lowBatterySigns-direction";

  it("warns beside an answer as soon as one is typed, and the warning goes with the character", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbookTab(context, session().server.url);
      await openQuestion(page, FIELD.slice(1));
      await page.type(FIELD, "pay \u202E100");
      await page.waitForSelector(WARNING);
      expect(await page.$eval(WARNING, (warning) => [warning.getAttribute("role"), warning.textContent])).toEqual([
        "status",
        expect.stringContaining("(U+202E)"),
      ]);
      expect(await page.$eval(FIELD, (field) => field.getAttribute("aria-describedby")?.split(" "))).toContain(WARNING.slice(1));
      // The answer is kept exactly as typed.
      expect(await page.$eval(FIELD, (field) => (field as HTMLTextAreaElement).value)).toBe("pay \u202E100");
      // Deleting the character (the three digits, then it) removes the warning and its description.
      for (let key = 0; key < 4; key++) await page.keyboard.press("Backspace");
      await page.waitForSelector(WARNING, { hidden: true });
      expect(await page.$eval(FIELD, (field) => field.getAttribute("aria-describedby")?.split(" "))).not.toContain(WARNING.slice(1));
    });
  });

  it("warns when one is pasted", async () => {
    await withProfile(async (context) => {
      const page = await openWorkbookTab(context, session().server.url);
      await openQuestion(page, FIELD.slice(1));
      await page.focus(FIELD);
      // A real paste: the text on Chromium's clipboard, then the Paste command, as Ctrl+V gives it.
      await page.evaluate(() => {
        const copy = (event: ClipboardEvent) => {
          event.clipboardData?.setData("text/plain", "meet at \u2067noon\u2069");
          event.preventDefault();
        };
        document.addEventListener("copy", copy, { once: true });
        document.execCommand("copy");
      });
      await page.keyboard.press("KeyV", { commands: ["Paste"] });
      await page.waitForSelector(WARNING);
      expect(await page.$eval(FIELD, (field) => (field as HTMLTextAreaElement).value)).toBe("meet at \u2067noon\u2069");
      expect(await page.$eval(WARNING, (warning) => warning.textContent)).toContain("(U+2067, U+2069)");
    });
  });
});
