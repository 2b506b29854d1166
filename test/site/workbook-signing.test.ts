import path from "node:path";
import type { BrowserContext, Page, Viewport } from "puppeteer";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/contract/fingerprint.ts";
import { useBrowserSession } from "../helpers/browser-session.ts";
import { WORKBOOK_KEY, openQuestion, openView, profilesOf } from "../helpers/workbook-page.ts";
import { ROOT } from "../helpers/run-build.ts";

/** The sample contract without its signatures: complete, ready to be signed. */
const UNSIGNED = path.join(ROOT, "test/fixtures/contracts/sample-unsigned.json");

const session = useBrowserSession();
const withProfile = profilesOf(session);

/** Opens the workbook and the unsigned sample contract in it. */
async function openUnsignedContract(context: BrowserContext, viewport?: Viewport): Promise<Page> {
  const page = await context.newPage();
  if (viewport) await page.setViewport(viewport);
  // No smooth scrolling: a control is where it was measured when it is used.
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
  await page.goto(`${session().server.url}/workbook/`, { waitUntil: "load" });
  await page.waitForSelector("[data-workbook-bar]:not([hidden])");
  const input = await page.$("input[data-import-file]");
  await input?.uploadFile(UNSIGNED);
  await page.waitForFunction(() => document.querySelector('[data-notice="import"]')?.textContent?.includes("Opened"));
  await openView(page, "signing");
  return page;
}

async function stored(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), WORKBOOK_KEY)) ?? "null") as Record<string, unknown>;
}

const signatureState = (page: Page) =>
  page.$eval('[data-signature-status="signatures.a"]', (element) => ({ state: (element as HTMLElement).dataset.state, text: element.textContent }));

/** Signs as partner A with a typed name, from the keyboard alone after focusing the first signing control. */
async function signTypedByKeyboard(page: Page, name: string): Promise<void> {
  await page.focus("#f-signatures-a-method-0");
  await page.keyboard.press("ArrowDown"); // from "Drawn" to "Typed", which an arrow key also chooses
  await page.keyboard.press("Tab");
  await page.keyboard.type(name);
  // The date's own fields come before the button; the page fills in today's date when it is left empty.
  for (let presses = 0; presses < 8; presses++) {
    if (await page.evaluate(() => document.activeElement?.getAttribute("data-sign") === "signatures.a")) break;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (key) => Boolean((JSON.parse(localStorage.getItem(key) ?? "{}") as { signatures?: { a?: { fingerprint?: string } } }).signatures?.a?.fingerprint),
    {},
    WORKBOOK_KEY,
  );
}

describe("signing by typing a name", () => {
  it("signs from the keyboard alone, with the fingerprint of the stored answers", async () => {
    await withProfile(async (context) => {
      const page = await openUnsignedContract(context);
      expect((await signatureState(page)).state).toBe("unsigned");
      await signTypedByKeyboard(page, "Maya Okafor");
      expect(await signatureState(page)).toEqual({ state: "signed", text: expect.stringContaining("Signed by Maya Okafor on ") });
      const shown = await page.evaluate(() => ({
        output: document.querySelector<HTMLOutputElement>('output[name="signatures.a.fingerprint"]')?.value,
        current: document.querySelector("[data-current-version]")?.textContent,
      }));
      const data = await stored(page);
      const expected = await fingerprint(data);
      expect(expected).toMatch(/^[0-9a-f]{64}$/);
      expect(shown.output).toBe(expected);
      // On screen, the short version code: the fingerprint's first eight characters, in two groups.
      expect(shown.current).toBe(`${expected.slice(0, 4)} ${expected.slice(4, 8)}`);
      expect(data.signatures).toEqual({
        a: { method: "Typed", name: "Maya Okafor", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), fingerprint: expected },
      });
    });
  });

  it("marks the signature outdated when an answer changes after signing", async () => {
    await withProfile(async (context) => {
      const page = await openUnsignedContract(context);
      await signTypedByKeyboard(page, "Maya Okafor");
      expect((await signatureState(page)).state).toBe("signed");
      await openQuestion(page, "f-guardrails-distanceSignal");
      await page.type("#f-guardrails-distanceSignal", " Or just a hug.");
      await page.waitForFunction(() => (document.querySelector('[data-signature-status="signatures.a"]') as HTMLElement).dataset.state !== "signed");
      expect(await signatureState(page)).toEqual({ state: "outdated", text: expect.stringContaining("sign again") });
    });
  });
});

/** Draws a zigzag across the middle of partner A's canvas with the mouse. */
async function drawWithMouse(page: Page): Promise<void> {
  await page.$eval('[data-signature="signatures.a"] canvas', (canvas) => canvas.scrollIntoView({ block: "center" }));
  const box = await (await page.$('[data-signature="signatures.a"] canvas'))?.boundingBox();
  if (!box) throw new Error("partner A's canvas is not shown");
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
  await page.mouse.down();
  for (const [x, y] of [[0.3, 0.3], [0.5, 0.7], [0.7, 0.3], [0.9, 0.6]] as const) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 8 });
  }
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="signatures.a.strokes"]')?.value !== "");
}

/** How many pixels of partner A's canvas have any ink, and the canvas's size in device pixels. */
const inkOf = (page: Page) =>
  page.$eval('[data-signature="signatures.a"] canvas', (element) => {
    const canvas = element as HTMLCanvasElement;
    const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let inked = 0;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) if ((pixels[alpha] ?? 0) > 0) inked++;
    return { inked, width: canvas.width };
  });

async function chooseDrawn(page: Page): Promise<void> {
  await page.focus("#f-signatures-a-method-0");
  await page.keyboard.press("Space");
  await page.waitForSelector('[data-signature="signatures.a"] [data-signature-drawing]:not([hidden])');
}

describe("signing by drawing", () => {
  it("stores a drawn signature as a list of integer [x, y] points on the 1000 by 300 grid", async () => {
    await withProfile(async (context) => {
      const page = await openUnsignedContract(context);
      await chooseDrawn(page);
      await page.type("#f-signatures-a-name", "Maya Okafor");
      await drawWithMouse(page);
      await page.focus('[data-sign="signatures.a"]');
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => (document.querySelector('[data-signature-status="signatures.a"]') as HTMLElement).dataset.state === "signed");
      const strokes = ((await stored(page)).signatures as { a: { strokes: unknown } }).a.strokes as unknown[][];
      expect(Array.isArray(strokes)).toBe(true);
      expect(strokes.length).toBeGreaterThan(0);
      const points = strokes.flat() as unknown[];
      expect(points.length).toBeGreaterThan(3);
      for (const point of points) {
        expect(point).toEqual([expect.any(Number), expect.any(Number)]);
        const [x, y] = point as [number, number];
        expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
        expect(x >= 0 && x <= 1000 && y >= 0 && y <= 300).toBe(true);
      }
      // The zigzag runs from left to right: the grid keeps that shape.
      expect((points.at(-1) as number[])[0]).toBeGreaterThan((points[0] as number[])[0] as number);
    });
  });

  it("still shows the drawing after the window changes size", async () => {
    await withProfile(async (context) => {
      const page = await openUnsignedContract(context, { width: 1024, height: 768 });
      await chooseDrawn(page);
      expect((await inkOf(page)).inked).toBe(0);
      await drawWithMouse(page);
      const drawn = await inkOf(page);
      expect(drawn.inked).toBeGreaterThan(0);
      await page.setViewport({ width: 390, height: 844 });
      // A canvas that changes size is wiped by the browser; only a redraw puts the ink back.
      await page.waitForFunction(
        (before) => (document.querySelector('[data-signature="signatures.a"] canvas') as HTMLCanvasElement).width !== before,
        {},
        drawn.width,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const resized = await inkOf(page);
      expect(resized.width).not.toBe(drawn.width);
      expect(resized.inked).toBeGreaterThan(0);
    });
  });

  it("does not scroll the page under a finger drawing on the canvas (a drag beside it does)", async () => {
    await withProfile(async (context) => {
      const page = await openUnsignedContract(context, { width: 390, height: 844, hasTouch: true, isMobile: true });
      await chooseDrawn(page);
      await page.$eval('[data-signature="signatures.a"] canvas', (canvas) => canvas.scrollIntoView({ block: "center" }));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const cdp = await page.createCDPSession();
      /** A finger dragging upwards from (x, y), which scrolls a page down unless something stops it. */
      const dragUp = async (x: number, y: number) => {
        await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
        for (let step = 1; step <= 10; step++) {
          await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x + step * 4, y: y - step * 12 }] });
        }
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
        await new Promise((resolve) => setTimeout(resolve, 400));
      };
      const canvas = await (await page.$('[data-signature="signatures.a"] canvas'))?.boundingBox();
      const hint = await (await page.$("#f-signatures-a-drawing-hint"))?.boundingBox();
      if (!canvas || !hint) throw new Error("partner A's drawing area is not shown");
      const before = await page.evaluate(() => window.scrollY);
      await dragUp(canvas.x + 20, canvas.y + canvas.height - 8);
      // What the finger feels: the canvas stays where it was on the screen. (scrollY
      // itself may move by the few pixels the save status grows in the sticky bar above,
      // which the browser's scroll anchoring makes up for.)
      const after = await (await page.$('[data-signature="signatures.a"] canvas'))?.boundingBox();
      expect(after?.y).toBeCloseTo(canvas.y, 0);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(canvas.height / 4);
      expect(await page.$eval('input[name="signatures.a.strokes"]', (input) => (input as HTMLInputElement).value)).not.toBe("");
      // The same drag on the text above the canvas scrolls: the input really could scroll the page.
      await dragUp(hint.x + 20, hint.y + hint.height / 2);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    });
  });
});
