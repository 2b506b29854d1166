import os from "node:os";
import path from "node:path";
import type { Page } from "puppeteer";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { versionCode } from "../../src/contract/version-code.ts";
import { describeViolations, runAxe, VIEWS as AXE_VIEWS } from "../helpers/axe.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { openContract } from "../helpers/contract-page.ts";
import { resign, sampleContract, signedRenewal } from "../helpers/contracts.ts";

// The contract page's side of renewal (issue 13, part 5): the offer to review and
// renew from the review date on, and the renewal chain recorded under the signatures.

const session = useBrowserSession();

/** The device's local date, `days` from today, as stored (YYYY-MM-DD): the page reads the same clock. */
function localDay(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The sample, signed, with its review date `days` from today. */
async function reviewedIn(days: number): Promise<string> {
  const contract = sampleContract();
  contract.couple.startDate = localDay(days - 90);
  contract.couple.reviewDate = localDay(days);
  return JSON.stringify(await resign(contract));
}

const offerOf = (page: Page) => page.$eval("[data-contract-notices]", (notices) => notices.querySelector<HTMLElement>("[data-renewal-offer]")?.dataset.renewalOffer ?? "none");

describe("the offer to review and renew", () => {
  it("appears on the review date, with a link to the workbook's renewal", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, await reviewedIn(0));
      expect(await offerOf(page)).toBe("due");
      expect(await page.$eval(".renewal-offer h2", (node) => node.textContent)).toBe("It’s time to review your contract");
      expect(await page.$eval(".renewal-offer a", (link) => link.getAttribute("href"))).toBe("../workbook/#renew");
    });
  });

  it("stays after the review date has passed", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, await reviewedIn(-40));
      expect(await offerOf(page)).toBe("due");
    });
  });

  it("is only a quiet line saying when, before the review date", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, await reviewedIn(1));
      expect(await offerOf(page)).toBe("later");
      expect(await page.$(".renewal-offer")).toBeNull();
    });
  });

  it("is not made for a contract not signed yet", async () => {
    await session().withPage(async (page) => {
      const contract = JSON.parse(await reviewedIn(-1));
      delete contract.signatures;
      await openContract(page, session().server.url, JSON.stringify(contract));
      expect(await offerOf(page)).toBe("none");
    });
  });

  it("is never printed", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, await reviewedIn(0));
      await page.emulateMediaType("print");
      expect(await page.$eval(".renewal-offer", (node) => getComputedStyle(node).display)).toBe("none");
    });
  });

  for (const { name, width, height, scheme } of AXE_VIEWS) {
    it(`has no axe violations on a ${name}`, async () => {
      await session().withPage(async (page) => {
        await page.setViewport({ width, height });
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        await openContract(page, session().server.url, await reviewedIn(0));
        const results = await runAxe(page);
        expect(results.violations, describeViolations(results.violations)).toEqual([]);
        await page.screenshot({ path: path.join(os.tmpdir(), `contract-offer-${width}-${scheme}.png`) });
      });
    });
  }
});

describe("the renewal chain on the contract", () => {
  it("says which version this is and the code of the version it renews, under the signatures", async () => {
    const v1 = await resign(sampleContract());
    const v2 = await signedRenewal(v1);
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, JSON.stringify(v2));
      const line = await page.$eval("[data-contract-renewal]", (node) => node.textContent);
      const previous = await fingerprint(v1);
      expect(line).toBe(`Version 2 of this contract, renewing version 1 (version code ${versionCode(previous)}; full code ${previous.match(/.{8}/g)!.join(" ")}).`);
      expect(await page.$eval("[data-contract-renewal]", (node) => node.previousElementSibling?.id)).toBe("contract-signing");
    });
  });

  it("is not there for a first contract", async () => {
    await session().withPage(async (page) => {
      await openContract(page, session().server.url, JSON.stringify(await resign(sampleContract())));
      expect(await page.$("[data-contract-renewal]")).toBeNull();
    });
  });
});
