import type { HeaderRule } from "./response-headers.ts";

/** The name static hosts read their header rules from, at the top of the published folder. */
export const HEADERS_FILE = "_headers";

/**
 * Writes header rules in the `_headers` format Netlify and Cloudflare Pages read: a
 * path on a line of its own, then its headers indented, `#` for comments.
 */
export function formatHeadersFile(rules: readonly HeaderRule[], intro: readonly string[] = []): string {
  const blocks = rules.map((rule) => {
    const note = rule.note ? [`# ${rule.note}`] : [];
    const headers = Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`);
    return [...note, rule.path, ...headers].join("\n");
  });
  return `${[intro.map((line) => `# ${line}`).join("\n"), ...blocks].filter(Boolean).join("\n\n")}\n`;
}

/**
 * Reads a `_headers` file back into rules. Strict, since the server applies exactly
 * what it finds: a header line before any path, a line that is not `Name: value`, or
 * a path that does not start with "/" throws, naming the line.
 */
export function parseHeadersFile(text: string, where = HEADERS_FILE): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const at = `${where}:${index + 1}`;
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`${at}: a rule's path must start with "/": ${JSON.stringify(line)}`);
      rules.push({ path: line.trim(), headers: {} });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (!header) throw new Error(`${at}: expected "Name: value", found ${JSON.stringify(line.trim())}`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${at}: a header before any path`);
    const [, name, value] = header as unknown as [string, string, string];
    rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
  });
  return rules;
}
