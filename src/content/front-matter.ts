import { z } from "zod";

/** How many steps the guide has; step pages are numbered 1 to this. */
export const STEP_COUNT = 7;

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** A step of the guide: one page per step, with its own section of the workbook. */
export const StepPage = z.strictObject({
  layout: z.literal("step.njk"),
  title: text(80),
  shortTitle: text(30),
  summary: text(200),
  step: z.int().min(1).max(STEP_COUNT),
});
export type StepPage = z.infer<typeof StepPage>;

/** Any other page of the guide, listed in the site menu in `navOrder`. */
export const GuidePage = z.strictObject({
  layout: z.literal("page.njk"),
  title: text(80),
  summary: text(200),
  navLabel: text(20),
  navOrder: z.int().min(0).max(1000),
});
export type GuidePage = z.infer<typeof GuidePage>;

/** The workbook: like a guide page, with a section for each step. */
export const WorkbookPage = GuidePage.extend({ layout: z.literal("workbook.njk") });
export type WorkbookPage = z.infer<typeof WorkbookPage>;

/** The safety page: a guide page with "Exit this page", the one guide page that runs a script (issue 15). */
export const SafetyPage = GuidePage.extend({ layout: z.literal("safety.njk") });
export type SafetyPage = z.infer<typeof SafetyPage>;

/** The contract view: the filled contract laid out as a document to keep and print. */
export const ContractPage = z.strictObject({
  layout: z.literal("contract.njk"),
  title: text(80),
  summary: text(200),
});
export type ContractPage = z.infer<typeof ContractPage>;

/** The printed workbook: a page to print, generated from the schema; not in the menu. */
export const PrintWorkbookPage = z.strictObject({
  layout: z.literal("print-workbook.njk"),
  title: text(80),
  summary: text(200),
  /** Both partners side by side (the default), or one sheet each (src/pdf/workbook-pdfs.ts). */
  edition: z.optional(z.enum(["joint", "each"])),
});
export type PrintWorkbookPage = z.infer<typeof PrintWorkbookPage>;

/** The page a host serves for an address with no page; its layout makes it /404.html, out of every list. */
export const NotFoundPage = z.strictObject({
  layout: z.literal("not-found.njk"),
  title: text(80),
  summary: text(200),
});
export type NotFoundPage = z.infer<typeof NotFoundPage>;

/** The home page. */
export const HomePage = z.strictObject({
  layout: z.literal("home.njk"),
  title: text(80),
  summary: text(200),
});
export type HomePage = z.infer<typeof HomePage>;

/**
 * The front matter of every content page, after directory data is merged in.
 * Strict: an unknown key (a typo, `permalink`, `eleventyComputed`) is an error, so
 * front matter can only ever be the data the layouts read.
 */
export const FrontMatter = z.discriminatedUnion("layout", [StepPage, GuidePage, SafetyPage, WorkbookPage, ContractPage, PrintWorkbookPage, NotFoundPage, HomePage]);
export type FrontMatter = z.infer<typeof FrontMatter>;
