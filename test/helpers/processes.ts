import { readdirSync, readFileSync } from "node:fs";

/** A running process as /proc/<pid>/stat tells it (Linux). */
export interface ProcessEntry {
  pid: number;
  parent: number;
  name: string;
  /** Exited, waiting for its parent to collect it. */
  zombie: boolean;
}

/** Every process of this machine, read from /proc; those that end while being read are left out. */
export function listProcesses(): ProcessEntry[] {
  const found: ProcessEntry[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(")");
      const [state, parent] = stat.slice(close + 2).split(" ");
      found.push({ pid: Number(entry), parent: Number(parent), name: stat.slice(stat.indexOf("(") + 1, close), zombie: state === "Z" });
    } catch {
      // The process ended while we were reading.
    }
  }
  return found;
}

/** The ids of `root`'s descendants at any depth (not `root` itself). */
export function descendantsOf(root: number, processes = listProcesses()): ProcessEntry[] {
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of processes) children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  const found: ProcessEntry[] = [];
  for (const queue = [...(children.get(root) ?? [])]; queue.length; ) {
    const next = queue.shift()!;
    found.push(next);
    queue.push(...(children.get(next.pid) ?? []));
  }
  return found;
}

/**
 * The memory a process and its descendants use together now, in bytes: the sum of
 * their proportional set sizes (Pss, /proc/<pid>/smaps_rollup), which shares each
 * page between the processes that map it, so Chromium's many processes are not
 * counted many times over. `allocated` counts only their anonymous and shared memory
 * (Pss_Anon + Pss_Shmem): what they allocated themselves, leaving out the pages of
 * Chromium's executable and libraries, whose share depends on how many other
 * Chromiums the machine runs at that moment (a test suite's, another engineer's).
 */
export function processTreeMemory(root: number, kind: "pss" | "allocated" = "pss"): number {
  const fields = kind === "pss" ? ["Pss"] : ["Pss_Anon", "Pss_Shmem"];
  let total = 0;
  for (const pid of [root, ...descendantsOf(root).map((entry) => entry.pid)]) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      for (const field of fields) total += Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(rollup)?.[1] ?? 0) * 1024;
    } catch {
      // Gone while reading, or not ours to read.
    }
  }
  return total;
}

/** The ids of a process's descendants that are Chromium renderers (one per tab, more or less). */
export function rendererProcesses(root: number): number[] {
  return descendantsOf(root)
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry.pid}/cmdline`, "utf8").includes("--type=renderer");
      } catch {
        return false;
      }
    })
    .map((entry) => entry.pid);
}

/** Whether a process is still running (not gone, and not a zombie waiting to be collected). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0] !== "Z";
  } catch {
    return false;
  }
}
