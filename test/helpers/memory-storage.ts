/** An in-memory Web Storage, as localStorage behaves, that records every write. */
export class MemoryStorage implements Storage {
  [name: string]: any;
  readonly items = new Map<string, string>();
  readonly writes: string[] = [];

  constructor(entries: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(entries)) this.items.set(key, value);
  }
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes.push(`set ${key}`);
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.writes.push(`remove ${key}`);
    this.items.delete(key);
  }
  clear(): void {
    this.writes.push("clear");
    this.items.clear();
  }
}
