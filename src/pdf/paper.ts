/** The paper sizes every PDF is made in, with their names for page.pdf. */
export const PAPERS = { a4: "A4", letter: "Letter" } as const;

export type Paper = keyof typeof PAPERS;

/** True when `value` names a paper size (`a4` or `letter`, lower case). */
export function isPaper(value: string): value is Paper {
  return Object.hasOwn(PAPERS, value);
}

/** Each paper's height in millimetres: where a printed box's room to the page's end is measured from. */
export const PAPER_HEIGHT_MM: Record<Paper, number> = { a4: 297, letter: 279.4 };
