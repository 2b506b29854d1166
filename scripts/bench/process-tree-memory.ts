import { readFileSync } from "node:fs";
import { descendantsOf } from "../../test/helpers/processes.ts";

/**
 * The memory a process and its children use together now, in bytes: the sum of
 * their proportional set sizes (Pss), which shares each page between the processes
 * that map it, so Chromium's many processes are not counted many times over.
 */
export function processTreeMemory(root: number): number {
  let total = 0;
  for (const pid of [root, ...descendantsOf(root).map((entry) => entry.pid)]) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      total += Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      // Gone while reading, or not ours to read.
    }
  }
  return total;
}

/** Samples a process tree's memory every `everyMs` until stopped; returns the peak. */
export function watchPeakMemory(root: number, everyMs = 20): { stop(): number } {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, processTreeMemory(root)));
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
