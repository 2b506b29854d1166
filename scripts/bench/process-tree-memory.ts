import { processTreeMemory } from "../../test/helpers/processes.ts";

export { processTreeMemory };

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
