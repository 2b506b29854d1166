import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

/** The Nu HTML Checker's jar, from the vnu-jar package (run with the system's Java). */
const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");

/** One message of the Nu HTML Checker. */
export interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * Runs the Nu HTML Checker (the W3C's validator) on HTML files, in one Java process,
 * and returns its errors. It checks what html-validate does not: the ARIA in HTML
 * rules of which attribute may sit on which element, among others.
 */
export function nuCheck(files: string[]): NuMessage[] {
  const run = spawnSync("java", ["-jar", VNU_JAR, "--errors-only", "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`the Nu HTML Checker could not run (is Java installed? npm test installs it): ${run.error.message}`);
  // The checker writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return report.messages.filter((message) => message.type === "error" || message.subType === "fatal");
}

/** One line per message: `file:line: message`. */
export function formatNuMessages(messages: NuMessage[]): string {
  return messages.map((message) => `${message.url.replace(/^file:/, "")}:${message.lastLine ?? "?"}: ${message.message}`).join("\n");
}
