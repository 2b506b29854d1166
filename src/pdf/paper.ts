/** The paper sizes every PDF is made in, with their names for page.pdf. */
export const PAPERS = { a4: "A4", letter: "Letter" } as const;

export type Paper = keyof typeof PAPERS;

/** True when `value` names a paper size (`a4` or `letter`, lower case). */
export function isPaper(value: string): value is Paper {
  return Object.hasOwn(PAPERS, value);
}
