import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { COVERAGE_FILE, EXTRA_COVERAGE_FILE, mergeRanges, parseRanges, subtractRanges, type Coverage } from "./print-font-coverage.ts";

/** The built name of layouts/css/print-fonts-cjk-emoji.css starts so (esbuild adds a hash). */
const EXTRA_STYLESHEET = "print-fonts-cjk-emoji-";

/**
 * Works out which characters the print fonts can draw and writes it into the built
 * site, for the pdf command to refuse what would print as empty boxes. The families
 * are read from the print stacks of the built stylesheet (layouts/css/print-fonts.css);
 * a family served by the site covers its @font-face unicode-ranges, and a system
 * family (Debian's Noto) covers the charset fontconfig reports for it. Beside it goes
 * what only the extra stylesheet's fonts (CJK and emoji) draw, which the PDF stage
 * loads only for a contract that has such characters.
 */
export async function writePrintFontCoverage(siteDir: string): Promise<Coverage> {
  const assets = path.join(siteDir, "assets");
  const sheets = await Promise.all(
    (await readdir(assets)).filter((name) => name.endsWith(".css")).map(async (name) => ({ extra: name.startsWith(EXTRA_STYLESHEET), css: await readFile(path.join(assets, name), "utf8") })),
  );
  const css = sheets.map((sheet) => sheet.css).join("\n");
  const families = new Set<string>();
  for (const stack of css.matchAll(/--print-font-(?:body|ui):([^;}]+)/g)) {
    for (const name of (stack[1] as string).split(",")) {
      const family = name.trim().replace(/^["']|["']$/g, "");
      if (family && !/^(serif|sans-serif|monospace)$/.test(family)) families.add(family);
    }
  }
  if (families.size === 0) throw new Error("the built stylesheet has no print font stacks (--print-font-body, --print-font-ui)");
  const ranges: Coverage = [];
  const extraRanges: Coverage = [];
  const served = new Set<string>();
  for (const sheet of sheets) {
    for (const face of sheet.css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const body = face[1] as string;
      const family = /font-family:\s*["']?([^;"']+)/.exec(body)?.[1]?.trim();
      const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
      if (!family || !families.has(family)) continue;
      served.add(family);
      (sheet.extra ? extraRanges : ranges).push(...(range ? parseRanges(range) : [[0x20, 0x7e] as [number, number]]));
    }
  }
  for (const family of families) {
    if (served.has(family)) continue;
    ranges.push(...(await systemCharset(family)));
  }
  const coverage = mergeRanges([...ranges, ...extraRanges]);
  await mkdir(path.dirname(path.join(siteDir, COVERAGE_FILE)), { recursive: true });
  await writeFile(path.join(siteDir, COVERAGE_FILE), JSON.stringify(coverage));
  await writeFile(path.join(siteDir, EXTRA_COVERAGE_FILE), JSON.stringify(subtractRanges(extraRanges, ranges)));
  return coverage;
}

/** What fontconfig says an installed family can draw; nothing when it is not installed (or fontconfig is missing). */
async function systemCharset(family: string): Promise<Coverage> {
  try {
    const { stdout } = await promisify(execFile)("fc-list", ["--format", "%{family[0]}\t%{charset}\n", `:family=${family}`]);
    return stdout.split("\n").flatMap((line) => (line.split("\t")[0] === family ? parseRanges(line.split("\t")[1] ?? "") : []));
  } catch {
    return [];
  }
}
