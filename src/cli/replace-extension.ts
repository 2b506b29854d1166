import path from "node:path";

/**
 * The default output file of a command: the input's path with `extension` in place of
 * its own (`contract.json` → `contract.pdf`), or added when the input has another one
 * (`contract.txt` → `contract.txt.pdf`), so a default never lands on the input.
 */
export function replaceExtension(file: string, from: string, to: string): string {
  const extension = path.extname(file);
  return extension.toLowerCase() === from ? `${file.slice(0, -extension.length)}${to}` : `${file}${to}`;
}
