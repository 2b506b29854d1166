import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPdfSession } from "../../src/pdf/pdf-session.ts";
import { renderContractPdf } from "../../src/pdf/render-contract-pdf.ts";
import { siteDir } from "../helpers/built-site.ts";
import { chromiumDescendants } from "../helpers/chromium-processes.ts";
import { startSentinelServer, type SentinelServer } from "../helpers/sentinel-server.ts";
import { SAMPLE_TEXT as SAMPLE_CONTRACT } from "../helpers/contracts.ts";
import { pdfText } from "../helpers/poppler.ts";

let sentinel: SentinelServer;
beforeAll(async () => {
  sentinel = await startSentinelServer();
});
afterAll(async () => {
  await sentinel.close();
});

/** A "site" whose contract page never becomes ready: a render of it can only time out. */
async function siteThatNeverGetsReady(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-stuck-site-"));
  await mkdir(path.join(dir, "contract"), { recursive: true });
  await writeFile(path.join(dir, "contract/index.html"), "<!doctype html><html lang=en><title>stuck</title><p>No script here.</p></html>");
  return dir;
}

describe("a PDF session", () => {
  it("lets a page load files of the built site and aborts requests to anywhere else", async () => {
    const session = await openPdfSession({ siteDir: siteDir() });
    try {
      const seen = await session.withPage(async ({ page, siteUrl, blocked }) => {
        // The site's CSP would stop these requests first; turn it off to test the
        // guard behind it on its own.
        await page.setBypassCSP(true);
        await page.goto(`${siteUrl}/`, { waitUntil: "load" });
        await page.evaluate(async (target) => {
          const image = new Image();
          image.src = `${target}/image.png`;
          document.body.append(image);
          await fetch(`${target}/fetch`).catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }, sentinel.url);
        return [...blocked];
      });
      expect(sentinel.requests).toEqual([]);
      expect(seen).toEqual(expect.arrayContaining([`${sentinel.url}/image.png`, `${sentinel.url}/fetch`]));
    } finally {
      await session.close();
    }
  });

  it("gives the contract page no service worker: a print never fetches the site behind it", async () => {
    const session = await openPdfSession({ siteDir: siteDir() });
    try {
      await session.withPage(async ({ page, siteUrl }) => {
        const requested: string[] = [];
        page.on("request", (request) => requested.push(new URL(request.url()).pathname));
        await page.goto(`${siteUrl}/contract/`, { waitUntil: "load" });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await page.evaluate(() => "serviceWorker" in navigator)).toBe(false);
        expect(requested).not.toContain("/sw.js");
        const workers = (await page.browser().targets()).filter((target) => target.type() === "service_worker");
        expect(workers).toEqual([]);
      });
    } finally {
      await session.close();
    }
  });

  it("aborts a navigation away from the site", async () => {
    const session = await openPdfSession({ siteDir: siteDir() });
    try {
      await session.withPage(async ({ page, blocked }) => {
        await expect(page.goto(`${sentinel.url}/page`)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
        expect(blocked).toEqual([`${sentinel.url}/page`]);
      });
      expect(sentinel.requests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("leaves no Chromium process behind after a success", async () => {
    const session = await openPdfSession({ siteDir: siteDir() });
    expect(chromiumDescendants().length).toBeGreaterThan(0);
    try {
      await renderContractPdf(session, { jsonText: SAMPLE_CONTRACT, paper: "a4" });
    } finally {
      await session.close();
    }
    expect(chromiumDescendants()).toEqual([]);
    await session.close(); // closing twice is harmless
  });

  it("leaves no Chromium process behind after a failure", async () => {
    const session = await openPdfSession({ siteDir: siteDir() });
    try {
      await expect(renderContractPdf(session, { jsonText: '{"schemaVersion": 2, "couple": 7}', paper: "a4" })).rejects.toThrow(/refused the contract/);
    } finally {
      await session.close();
    }
    expect(chromiumDescendants()).toEqual([]);
  });

  it("gives up a render that never gets ready, with a message, and leaves no Chromium behind", async () => {
    const session = await openPdfSession({ siteDir: await siteThatNeverGetsReady(), timeouts: { ready: 1_500 } });
    try {
      await expect(renderContractPdf(session, { jsonText: SAMPLE_CONTRACT, paper: "a4" })).rejects.toThrow(/Waiting failed: 1500ms exceeded|took longer/);
    } finally {
      await session.close();
    }
    expect(chromiumDescendants()).toEqual([]);
  });

  it("renders one contract after another in one session without mixing them", async () => {
    const session = await openPdfSession({ siteDir: siteDir() });
    try {
      const first = JSON.parse(SAMPLE_CONTRACT);
      const second = structuredClone(first);
      second.couple.a.name = "Rosa Vidal";
      delete second.signatures;
      const texts: string[] = [];
      for (const data of [first, second]) {
        texts.push(pdfText(await renderContractPdf(session, { jsonText: JSON.stringify(data), paper: "a4" })));
      }
      expect(texts[0]).toContain("Maya Okafor");
      expect(texts[1]).toContain("Rosa Vidal");
      expect(texts[1]).not.toContain("Maya Okafor");
      expect(texts[1]).not.toContain("Dr. Ana Ruiz"); // the first contract's witness
      expect(texts[1]).not.toMatch(/Fingerprint: 44fa9359/);
    } finally {
      await session.close();
    }
  });
});
