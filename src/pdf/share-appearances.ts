import { createHash } from "node:crypto";
import { PDFDict, PDFName, PDFRef, PDFStream, type PDFDocument } from "@cantoo/pdf-lib";

/**
 * Makes widgets that look alike share one appearance stream. pdf-lib draws every
 * widget's appearances afresh (a check box has four), and a workbook has a hundred
 * and fifty fields, most of them one of a few sizes: shared, the fillable PDF loses
 * about a hundred kilobytes (issue 11's 400 KB budget). A stream is shared only with
 * one whose dictionary and content are byte for byte the same, so nothing changes in
 * what any reader draws. Returns how many streams went.
 */
export function shareAppearances(pdf: PDFDocument, widgets: PDFRef[]): number {
  const kept = new Map<string, PDFRef>();
  const gone = new Set<PDFRef>();
  const share = (holder: PDFDict, key: PDFName) => {
    const ref = holder.get(key);
    if (!(ref instanceof PDFRef)) return;
    const stream = pdf.context.lookup(ref);
    if (!(stream instanceof PDFStream)) return;
    const fingerprint = createHash("sha256").update(stream.dict.toString()).update(stream.getContents()).digest("hex");
    const first = kept.get(fingerprint);
    if (!first) {
      kept.set(fingerprint, ref);
    } else if (first !== ref) {
      holder.set(key, first);
      gone.add(ref);
    }
  };
  for (const widgetRef of widgets) {
    const appearances = pdf.context.lookup(widgetRef, PDFDict).lookup(PDFName.of("AP"));
    if (!(appearances instanceof PDFDict)) continue;
    for (const kind of appearances.keys()) {
      const entry = appearances.get(kind);
      const states = entry instanceof PDFRef ? undefined : appearances.lookup(kind);
      if (states instanceof PDFDict && !(states instanceof PDFStream)) {
        for (const state of states.keys()) share(states, state);
      } else {
        share(appearances, kind);
      }
    }
  }
  for (const ref of gone) pdf.context.delete(ref);
  return gone.size;
}
