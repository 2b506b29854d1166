import type { Browser, Page } from "puppeteer";

/** What a keyboard user pressed to complete the workbook, besides typing the answers. */
export interface KeypressCount {
  total: number;
  byKey: Record<string, number>;
  /** The views the walk went through, in order. */
  views: string[];
}

/**
 * Completes the workbook from the keyboard alone, on a laptop, as an efficient
 * keyboard user would, and counts every key that is not part of an answer typed
 * (Tab, Shift+Tab, Enter, Space, arrows). The walk starts on the task list with
 * nothing saved, presses Tab to move on, and at each control decides from the
 * contract it is filling in: types a text or a date, arrows to a choice, ticks a box,
 * adds a list item, signs by typing a name, and follows "Continue" at the end of
 * each view, until "your contract is ready". The same walk, run on the workbook as it
 * was before issue 10, counted 170.
 */
export async function countKeypresses(browser: Browser, workbookUrl: string, contract: Record<string, any>): Promise<KeypressCount> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
    await page.goto(workbookUrl, { waitUntil: "load" });
    await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined);
    const byKey: Record<string, number> = {};
    const views: string[] = [];
    const press = async (key: "Tab" | "Enter" | "Space" | "ArrowDown") => {
      byKey[key] = (byKey[key] ?? 0) + 1;
      await page.keyboard.press(key);
    };
    const done = new Set<string>();
    let moveOn = true;
    for (let guard = 0; guard < 3000; guard++) {
      const view = await page.evaluate(() => document.documentElement.dataset.workbookView ?? "");
      if (views.at(-1) !== view) views.push(view);
      if (view === "ready") break;
      if (moveOn) await press("Tab");
      moveOn = true;
      const focus = await describeFocus(page);
      const action = decide(focus, contract, done, view);
      if (action.kind === "skip") continue;
      if (action.kind === "type") await page.keyboard.type(action.text);
      if (action.kind === "arrows") for (let step = 0; step < action.count; step++) await press("ArrowDown");
      if (action.kind === "press") {
        if (action.navigates) await page.evaluate(() => delete document.documentElement.dataset.workbookView);
        await press(action.key);
        if (action.navigates) await page.waitForFunction(() => document.documentElement.dataset.workbookView !== undefined, { timeout: 10_000 });
        if (action.waitFor) await page.waitForFunction(action.waitFor, { timeout: 10_000 });
        if (action.settle) await new Promise((resolve) => setTimeout(resolve, action.settle));
        // An added item takes focus itself: its first box is next, without a Tab.
        if (action.stay) moveOn = false;
      }
    }
    if (views.at(-1) !== "ready") throw new Error(`the keyboard walk did not reach "your contract is ready" (it stopped in ${views.at(-1)})`);
    return { total: Object.values(byKey).reduce((sum, count) => sum + count, 0), byKey, views };
  } finally {
    await context.close();
  }
}

/** What has focus, as the walk needs to know it. */
interface Focus {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  /** A date's box: the hidden value's name and which part. */
  datePart?: { name: string; part: string };
  /** A radio's group: the values in order, and the index of this one. */
  options: string[];
  index: number;
  href: string;
  data: Record<string, string | undefined>;
  text: string;
}

async function describeFocus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement & HTMLAnchorElement;
    const field = element.closest("[data-field]");
    const part = element.dataset?.datePart;
    const radios = element.type === "radio" ? Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(element.name)}"]`)) : [];
    return {
      tag: element.tagName.toLowerCase(),
      type: element.type ?? "",
      name: element.name ?? "",
      value: element.value ?? "",
      checked: Boolean(element.checked),
      ...(part ? { datePart: { name: field?.getAttribute("data-field") ?? "", part } } : {}),
      options: radios.map((radio) => radio.value),
      index: radios.indexOf(element),
      href: element.getAttribute?.("href") ?? "",
      data: { ...(element.dataset ?? {}) },
      text: element.textContent?.trim() ?? "",
    };
  });
}

type Action =
  | { kind: "skip" }
  | { kind: "type"; text: string }
  | { kind: "arrows"; count: number }
  /** `settle`: how long to wait after, for what the page does next on its own (the view after a signature). */
  | { kind: "press"; key: "Enter" | "Space"; navigates?: boolean; waitFor?: string; settle?: number; stay?: boolean };

/** The contract's value at a control's name (list items by index), or undefined. */
function valueAt(contract: Record<string, any>, name: string): unknown {
  return name.split(".").reduce<any>((node, key) => (node === undefined ? undefined : node[/^\d+$/.test(key) ? Number(key) : key]), contract);
}

function decide(focus: Focus, contract: Record<string, any>, done: Set<string>, view: string): Action {
  const key = [focus.name, focus.value, focus.href, focus.data.sign ?? "", focus.datePart?.name ?? "", focus.datePart?.part ?? ""].join("|");
  if (done.has(key)) return { kind: "skip" };
  // The task list: the first part's link starts the walk.
  if (view === "overview") return focus.href === "#about-you" ? { kind: "press", key: "Enter", navigates: true } : { kind: "skip" };
  if (focus.datePart) {
    const value = valueAt(contract, focus.datePart.name);
    if (typeof value !== "string") return { kind: "skip" };
    const [year, month, day] = value.split("-");
    done.add(key);
    return { kind: "type", text: String(Number({ day, month, year }[focus.datePart.part as "day"])) };
  }
  if (focus.data.addItem) {
    const list = valueAt(contract, focus.data.addItem);
    return Array.isArray(list) ? addItem(focus.data.addItem, list.length, done) : { kind: "skip" };
  }
  if (focus.type === "radio") {
    const wanted = signatureMethod(focus.name) ?? valueAt(contract, focus.name);
    if (wanted === undefined) return { kind: "skip" };
    const target = focus.options.indexOf(String(wanted));
    done.add(`${focus.name}|radio`);
    if (done.has(`${focus.name}|radio-done`)) return { kind: "skip" };
    done.add(`${focus.name}|radio-done`);
    // Focus enters a group of radios on its first (none is chosen yet): arrows move to the choice, and choose it.
    return target <= 0 ? { kind: "press", key: "Space" } : { kind: "arrows", count: target };
  }
  if (focus.type === "checkbox") {
    const wanted = valueAt(contract, focus.name);
    done.add(key);
    return Array.isArray(wanted) && wanted.includes(focus.value) && !focus.checked ? { kind: "press", key: "Space" } : { kind: "skip" };
  }
  if ((focus.tag === "input" && ["text", "number", "time"].includes(focus.type)) || focus.tag === "textarea") {
    const wanted = signatureName(focus.name, contract) ?? valueAt(contract, focus.name);
    done.add(key);
    if (wanted === undefined || focus.value !== "") return { kind: "skip" };
    const text = focus.type === "time" ? timeKeys(String(wanted)) : String(wanted);
    return { kind: "type", text };
  }
  if (focus.data.sign) {
    done.add(key);
    // Signed once its status says so; the second signature then leads to "your contract is ready".
    return { kind: "press", key: "Enter", waitFor: `document.querySelector('[data-signature-status="${focus.data.sign}"]')?.dataset.state === "signed"`, settle: 400 };
  }
  // "Continue" at the end of a view, or "Continue to signing" once every answer is there.
  if ((focus.tag === "a" || focus.tag === "button") && focus.text.startsWith("Continue")) return { kind: "press", key: "Enter", navigates: true };
  return { kind: "skip" };
}

/** Presses "Add" for the next item a list needs; its first box then has focus. */
function addItem(list: string, wanted: number, done: Set<string>): Action {
  const have = [...done].filter((entry) => entry.startsWith(`${list}#added`)).length;
  if (have >= wanted) return { kind: "skip" };
  done.add(`${list}#added${have}`);
  return { kind: "press", key: "Enter", stay: true };
}

/** How each partner signs in this walk: by typing their name. */
function signatureMethod(name: string): string | undefined {
  return /^signatures\.[ab]\.method$/.test(name) ? "Typed" : undefined;
}

function signatureName(name: string, contract: Record<string, any>): string | undefined {
  return /^signatures\.[ab]\.name$/.test(name) ? String(valueAt(contract, name)) : undefined;
}

/** A time as typed into Chromium's time field: hours, minutes, then the half of the day. */
function timeKeys(value: string): string {
  const [hours, minutes] = value.split(":").map(Number) as [number, number];
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${String(twelve).padStart(2, "0")}${String(minutes).padStart(2, "0")}${hours < 12 ? "A" : "P"}`;
}
