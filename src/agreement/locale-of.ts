/**
 * The locale that formats dates, times, numbers and lists for a page's language. The
 * site writes English the way it writes dates (day first, "1 March 2026"), so plain
 * "en" formats as British English: "7:30 pm", "a, b and c". Any other language
 * formats by its own conventions.
 */
export function localeOf(language: string): string {
  return language === "en" ? "en-GB" : language;
}

/** True when the language is English, whose number words and plurals the helpers spell out themselves. */
export function isEnglish(language: string): boolean {
  return language === "en" || language.startsWith("en-");
}
