import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractPageTexts } from "../../src/pdf/extract-page-text.ts";
import { siteDir } from "../helpers/built-site.ts";
import { sampleContract } from "../helpers/contracts.ts";
import { missingGlyphCounts } from "../helpers/pdf-glyphs.ts";
import { filesIn, runCli, tempFolder } from "../helpers/run-cli.ts";
import { pdfText, runTool } from "../helpers/poppler.ts";

// Answers as couples write them, one script each, printed as drafts in one batch.
const SCRIPTS = {
  chinese: "我需要每周独处的时间",
  japanese: "一人の時間がほしいです",
  korean: "나는 혼자만의 시간이 필요해요",
  arabic: "أحتاج إلى وقت بمفردي كل أسبوع",
  hebrew: "אני צריכה זמן לבד כל שבוע",
  devanagari: "मुझे हर हफ्ते अकेले समय चाहिए",
  thai: "ฉันต้องการเวลาส่วนตัวทุกสัปดาห์",
  greek: "Χρειάζομαι χρόνο μόνη μου",
  cyrillic: "Мне нужно время наедине с собой",
  vietnamese: "Tôi cần thời gian một mình mỗi tuần",
  emoji: "🌿📚 👍🏽 👨‍👩‍👧",
};

/** Text compared without the line breaks and spaces a layout adds, nor the bidi marks a reader adds. */
const squeeze = (text: string) => text.normalize("NFC").replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");

describe("pdf in every script a couple writes in", () => {
  let dir: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "autonomy-scripts-"));
    for (const [script, text] of Object.entries(SCRIPTS)) {
      const contract = sampleContract();
      contract.batteryPack.a.lowBatterySigns = text;
      await writeFile(path.join(dir, `${script}.json`), JSON.stringify(contract));
    }
    run = await runCli(["pdf", "--draft", dir, "--site", siteDir()], { timeout: 180_000 });
  }, 200_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("prints every one", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  for (const [script, text] of Object.entries(SCRIPTS)) {
    it(`prints ${script} with real glyphs: the text layer holds the answer, and no glyph is the missing-glyph box`, async () => {
      const bytes = new Uint8Array(await readFile(path.join(dir, `${script}.pdf`)));
      // poppler gives right-to-left text back in logical order, and shaped Arabic as its letters.
      const layer = squeeze(pdfText(bytes));
      if (script === "arabic") {
        // A lam ligature is one glyph for two letters, which poppler gives back in visual
        // order inside right-to-left text ("لى" as "ىل"): the same letters, each word as typed otherwise.
        const letters = (word: string) => [...word].sort().join("");
        const words = text.split(" ");
        const found = words.filter((word) => layer.includes(word) || layer.includes(`${word.slice(0, -2)}${[...word.slice(-2)].reverse().join("")}`) || [...layer].filter((char) => word.includes(char)).length >= word.length);
        expect(found).toEqual(words);
        // The answer prints twice: in its clause of the agreement and in the schedule of answers.
        expect(letters(layer.replace(/[^؀-ۿ]/g, ""))).toBe(letters(squeeze(text).repeat(2)));
      } else {
        expect(layer).toContain(squeeze(text));
      }
      const counts = await missingGlyphCounts(bytes);
      expect(counts).toEqual(counts.map(() => 0));
      expect(runTool("pdffonts", [], bytes)).not.toMatch(/Type 3/);
    });
  }
});

describe("pdf with characters no font can draw", () => {
  it("fails naming the characters and where they are, and writes nothing", async () => {
    const dir = await tempFolder();
    const contract = sampleContract();
    contract.batteryPack.a.lowBatterySigns = "a private sign \uE000 and \u{10FFFD}";
    await writeFile(path.join(dir, "boxes.json"), JSON.stringify(contract));
    const run = await runCli(["pdf", "--draft", path.join(dir, "boxes.json"), "--site", siteDir()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `autonomy-contract: ${path.join(dir, "boxes.json")}: batteryPack.a.lowBatterySigns: cannot be printed: no font here can draw U+E000, U+10FFFD; remove or replace them\n`,
    );
    expect(await filesIn(dir)).toEqual(["boxes.json"]);
  });
});

describe("pdf with direction controls in an answer", () => {
  it("prints each as a visible code and keeps the text around it in its typed order", async () => {
    const dir = await tempFolder();
    const contract = sampleContract();
    contract.batteryPack.a.lowBatterySigns = "pay \u202E100 euros\u202C now";
    await writeFile(path.join(dir, "controls.json"), JSON.stringify(contract));
    const run = await runCli(["pdf", "--draft", path.join(dir, "controls.json"), "--site", siteDir()]);
    expect(run.status).toBe(0);
    const text = (await extractPageTexts(new Uint8Array(await readFile(path.join(dir, "controls.pdf"))))).join("\n");
    expect(text.replace(/\s+/g, " ")).toContain("pay RLO U+202E 100 euros PDF U+202C now");
    expect(text).not.toMatch(/[\u202a-\u202e]/);
  });
});
