import type { Run } from "./agreement-types.ts";

/** Text that ends a sentence: a full stop, question or exclamation mark or ellipsis, before any closing quotes or brackets (or a colon before a list). */
const ENDED = /[.!?…:]["”’')\]]*$/;
const STOPPED = /[.!?…]["”’')\]]*$/;

/**
 * Tidies a rendered sentence where words meet answers: no doubled space where a
 * left-out part was, no second full stop after an answer that ends with its own,
 * and a full stop at the end when an answer ends the sentence without one. What a
 * person typed is never changed.
 */
export function tidyRuns(runs: readonly Run[]): Run[] {
  const tidy: Run[] = [];
  let before = "";
  for (const run of runs) {
    let text = run.text;
    if (run.kind === "words") {
      if (before.endsWith(" ")) text = text.replace(/^ +/, "");
      if (STOPPED.test(before) && /^\.(?!\.)/.test(text)) text = text.slice(1);
      if (text === "") continue;
      const last = tidy.at(-1);
      if (last?.kind === "words") {
        tidy[tidy.length - 1] = { kind: "words", text: last.text + text };
        before += text;
        continue;
      }
    }
    tidy.push(run.kind === "words" ? { kind: "words", text } : run);
    before += text;
  }
  const last = tidy.at(-1);
  if (last?.kind === "words") tidy[tidy.length - 1] = { kind: "words", text: last.text.replace(/ +$/, "") };
  if (!ENDED.test(tidy.map((run) => run.text).join(""))) tidy.push({ kind: "words", text: "." });
  return tidy;
}
