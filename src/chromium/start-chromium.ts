import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Browser } from "puppeteer-core";
import { AUTOMATION_ARGS } from "./chromium-args.ts";
import { chooseChromium, type FoundChromium } from "./find-chromium.ts";

/** A Chromium started by startChromium, driven over a pipe. */
export interface StartedChromium {
  /** The browser, once puppeteer-core has loaded and connected; rejects saying why Chromium did not start. */
  browser: Promise<Browser>;
  /** The browser process's id, once spawned (for tests and memory figures). */
  pid(): number | undefined;
  /** Closes Chromium politely, kills its process group when that does not finish in `graceMs`; safe to call twice. */
  close(graceMs?: number): Promise<void>;
}

/** Options of startChromium. */
export interface StartChromiumOptions {
  /** How long Chromium may take to start and answer, in ms. */
  timeout?: number;
}

/** How much of Chromium's own error output is kept to explain a failed start. */
const STDERR_KEPT = 4_000;

/**
 * Starts Chromium (the headless shell when there is one) before puppeteer has even
 * loaded: the process is spawned at once, with the DevTools protocol on a pipe, and
 * puppeteer-core loads and connects while Chromium boots. On a small machine the
 * two overlap for about a tenth of a second that a cold `pdf` would otherwise wait
 * (issue 11). The pipe, unlike a debugging port, is open to this process only, and
 * Chromium exits by itself when the pipe closes, even if this process is killed.
 */
export function startChromium(options: StartChromiumOptions = {}): StartedChromium {
  const timeout = options.timeout ?? 30_000;
  let child: ChildProcess | undefined;
  let profile: string | undefined;
  let exited: Promise<void> = Promise.resolve();
  let closing: Promise<void> | undefined;

  const browser = (async () => {
    const found = await chooseChromium();
    // The headless shell keeps its profile in memory; a full browser needs a folder of its own.
    profile = found.headless === "shell" ? undefined : await mkdtemp(path.join(os.tmpdir(), "autonomy-chromium-"));
    child = spawn(found.executablePath, chromiumArgs(found, profile), {
      // stdin, stdout, stderr, then the protocol's two pipes (Chromium reads fd 3, writes fd 4).
      stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
      // Its own process group, so that a Chromium that hangs is killed with all its children.
      detached: true,
    });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_KEPT)));
    const spawned = child;
    exited = new Promise<void>((resolve) => spawned.once("exit", () => resolve()));
    const failed = new Promise<never>((_, reject) => {
      spawned.once("error", (error) => reject(new Error(`cannot start Chromium (${found.executablePath}): ${error.message}`, { cause: error })));
      spawned.once("exit", (code, signal) =>
        reject(new Error(`Chromium (${found.executablePath}) stopped as it started (${signal ?? `exit code ${code}`})${lastLines(stderr)}`)),
      );
    });
    failed.catch(() => undefined);
    const connect = (async () => {
      // What puppeteer.connect({ transport }) does, from the two modules it takes: the
      // package's entry loads its launcher and browser downloader too, about 0.15 s more.
      const [{ _connectToCdpBrowser }, { PipeTransport }] = await Promise.all([
        import("puppeteer-core/internal/cdp/BrowserConnector.js"),
        import("puppeteer-core/internal/node/PipeTransport.js"),
      ]);
      const transport = new PipeTransport(spawned.stdio[3] as Writable, spawned.stdio[4] as Readable);
      // No viewport override: pages keep Chromium's own 800 x 600, which saves a call per tab; paper sets the print size.
      return (await _connectToCdpBrowser(transport, "", { defaultViewport: null })) as unknown as Browser;
    })();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Chromium (${found.executablePath}) did not start within ${timeout / 1000} s${lastLines(stderr)}`)), timeout);
    });
    try {
      return await Promise.race([connect, failed, late]);
    } finally {
      clearTimeout(timer);
    }
  })();
  browser.catch(() => undefined);

  async function closeAll(graceMs: number): Promise<void> {
    const open = await browser.catch(() => undefined);
    if (open && child && child.exitCode === null && child.signalCode === null) {
      // Browser.close over the protocol; Chromium then exits on its own.
      await within(open.close().catch(() => undefined), graceMs);
      await within(exited, graceMs);
    }
    if (child && child.exitCode === null && child.signalCode === null) {
      killGroup(child);
      await within(exited, graceMs);
    }
    for (const stream of child?.stdio ?? []) stream?.destroy();
    if (profile) await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }

  return {
    browser,
    pid: () => child?.pid,
    close(graceMs = 5_000) {
      closing ??= closeAll(graceMs);
      return closing;
    },
  };
}

/** The arguments Chromium is started with: automation defaults, then the protocol pipe and a blank first tab. */
function chromiumArgs(found: FoundChromium, profile: string | undefined): string[] {
  return [
    ...AUTOMATION_ARGS,
    found.headless === "shell" ? "--headless" : "--headless=new",
    ...(profile ? [`--user-data-dir=${profile}`] : []),
    "--remote-debugging-pipe",
    "about:blank",
  ];
}

function killGroup(child: ChildProcess): void {
  try {
    // A negative id is the process group: the browser, its zygotes and its renderers.
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

function lastLines(stderr: string): string {
  const lines = stderr.trim().split("\n").filter((line) => line && !/:(?:WARNING|INFO):|dbus/.test(line)).slice(-3);
  return lines.length ? `: ${lines.join(" / ")}` : "";
}

/** Waits for `promise`, or `ms` at most; the timer is cleared, so it never holds the process open. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
