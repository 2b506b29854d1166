import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readTrueTypeMetrics } from "../../src/pdf/read-true-type-metrics.ts";

const liberationSans = async () => new Uint8Array(await readFile(createRequire(import.meta.url).resolve("pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf")));

describe("readTrueTypeMetrics", () => {
  it("reads Liberation Sans's box, ascent, descent and cap height in thousandths of an em", async () => {
    const metrics = readTrueTypeMetrics(await liberationSans());
    // Liberation Sans has Helvetica's metrics: ascent 905, descent -212, cap height 729 (of 1000).
    expect(metrics.ascent).toBe(905);
    expect(metrics.descent).toBe(-212);
    expect(metrics.capHeight).toBeGreaterThan(680);
    expect(metrics.capHeight).toBeLessThan(740);
    expect(metrics.bbox).toHaveLength(4);
    expect(metrics.bbox[0]).toBeLessThan(0);
    expect(metrics.bbox[3]).toBeGreaterThan(metrics.ascent);
  });

  it("refuses a file that is not a TrueType font", () => {
    expect(() => readTrueTypeMetrics(new TextEncoder().encode("%PDF-1.4 not a font at all"))).toThrow(/not a TrueType font/);
  });
});
