import { readFileSync } from "node:fs";
import os from "node:os";

/** The share of the machine's CPU time spent busy over `ms` (0 to 1), from /proc/stat. */
export async function busyShare(ms = 1_000): Promise<number> {
  const read = () => {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
    const numbers = fields.map(Number);
    const idle = (numbers[3] ?? 0) + (numbers[4] ?? 0);
    return { idle, total: numbers.reduce((sum, value) => sum + value, 0) };
  };
  const before = read();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = read();
  const total = after.total - before.total;
  return total > 0 ? 1 - (after.idle - before.idle) / total : 0;
}

/**
 * Waits until the machine is quiet (other work below `maxBusy` of its CPU for a
 * second), at most `maxWaitMs`: timings taken while other engineers' test suites run
 * mean little on two cores. Returns the one-minute load average then, to be printed
 * beside the figure, and whether it had to give up waiting.
 */
export async function quietMachine(maxBusy = 0.15, maxWaitMs = 10 * 60_000): Promise<{ load: number; busy: number; gaveUp: boolean }> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    const busy = await busyShare();
    if (busy <= maxBusy || Date.now() > until) return { load: os.loadavg()[0]!, busy, gaveUp: busy > maxBusy };
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}
