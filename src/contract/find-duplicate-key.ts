import type { FieldPath } from "./field-path.ts";

type Container = { kind: "object"; path: FieldPath; keys: Set<string>; key?: string } | { kind: "array"; path: FieldPath; index: number };

/**
 * The path of the first key that appears twice in one object of a JSON text, or
 * undefined. JSON.parse keeps the last of two equal keys without a word, so a file
 * could show one answer to a person's eye and hold another; a contract with a
 * duplicate key is refused instead. `text` must already be valid JSON (JSON.parse
 * accepted it): this only follows strings, keys and nesting.
 */
export function findDuplicateKey(text: string): FieldPath | undefined {
  const stack: Container[] = [];
  // The path a value starting now sits at: its object's key, or its array's index.
  const here = (): FieldPath => {
    const top = stack.at(-1);
    if (!top) return [];
    return top.kind === "object" ? [...top.path, top.key as string] : [...top.path, top.index];
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      let end = at + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const top = stack.at(-1);
      // A string right after "{" or "," inside an object is a key; a value is followed by anything but ":".
      if (top?.kind === "object" && nextSignificant(text, end + 1) === ":" && top.key === undefined) {
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        if (top.keys.has(key)) return [...top.path, key];
        top.keys.add(key);
        top.key = key;
      }
      at = end;
    } else if (char === "{") {
      stack.push({ kind: "object", path: here(), keys: new Set() });
    } else if (char === "[") {
      stack.push({ kind: "array", path: here(), index: 0 });
    } else if (char === "}" || char === "]") {
      stack.pop();
    } else if (char === ",") {
      const top = stack.at(-1);
      if (top?.kind === "object") top.key = undefined;
      else if (top?.kind === "array") top.index++;
    }
  }
  return undefined;
}

function nextSignificant(text: string, from: number): string | undefined {
  for (let at = from; at < text.length; at++) {
    const char = text[at] as string;
    if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r") return char;
  }
  return undefined;
}
