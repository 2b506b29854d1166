/** How one item's work ended. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs `work` on every item with at most `concurrency` at a time, starting them in
 * order, and hands each outcome to `report` in the items' order as soon as it and
 * every earlier one are done: a batch prints side by side, yet its lines read in
 * the order the files were given. Items start only as others finish, so a long
 * list never has more than `concurrency` at work. `report` may throw to stop the
 * run; no new item starts after that.
 */
export async function settleInOrder<Item, T>(
  items: readonly Item[],
  concurrency: number,
  work: (item: Item) => Promise<T>,
  report: (item: Item, outcome: Outcome<T>) => void,
): Promise<void> {
  const outcomes = new Map<number, Outcome<T>>();
  let started = 0;
  let reported = 0;
  let stopped: { error: unknown } | undefined;
  const flush = () => {
    while (!stopped && outcomes.has(reported)) {
      const outcome = outcomes.get(reported)!;
      outcomes.delete(reported);
      try {
        report(items[reported]!, outcome);
      } catch (error) {
        stopped = { error };
      }
      reported++;
    }
  };
  const worker = async () => {
    while (!stopped && started < items.length) {
      const index = started++;
      const outcome = await work(items[index]!).then(
        (value): Outcome<T> => ({ ok: true, value }),
        (error: unknown): Outcome<T> => ({ ok: false, error }),
      );
      outcomes.set(index, outcome);
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (stopped) throw stopped.error;
}
