import { readdirSync, readFileSync } from "node:fs";

/**
 * The ids of Chromium processes that are children (at any depth) of this process,
 * read from /proc: a session that closed properly leaves none behind.
 */
export function chromiumDescendants(root = process.pid): number[] {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      if (fields[0] === "Z") continue; // a zombie has exited
      parents.set(Number(entry), Number(fields[1]));
      names.set(Number(entry), stat.slice(stat.indexOf("(") + 1, close));
    } catch {
      // The process ended while we were reading.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let current = parents.get(pid), depth = 0; current !== undefined && depth < 50; current = parents.get(current), depth++) {
      if (current === root) return true;
    }
    return false;
  };
  return [...names].filter(([pid, name]) => /chrom/i.test(name) && isDescendant(pid)).map(([pid]) => pid);
}
