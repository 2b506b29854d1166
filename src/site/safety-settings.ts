import { z } from "zod";

/** Where "Exit this page" goes when data/site.json does not say: a neutral page, as GOV.UK's component uses. */
export const DEFAULT_EXIT_TO = "https://www.bbc.co.uk/weather";
/** How long a locked workbook stays open without use when data/site.json does not say. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/** The safety settings of data/site.json (issue 15). */
export const SafetySettings = z.object({
  exitTo: z
    .url({ protocol: /^https$/, message: 'must be a full https:// address of a neutral page on another site' })
    .refine((url) => !/[?#]/.test(url), "must be a plain address: no query or fragment, so leaving carries nothing")
    .default(DEFAULT_EXIT_TO),
  lockWhenIdleMinutes: z.number().min(1, "must be at least 1 minute").max(120, "must be at most 120 minutes").default(DEFAULT_IDLE_LOCK_MINUTES),
});
export type SafetySettings = z.infer<typeof SafetySettings>;

/**
 * Reads the safety settings from the site data, failing the build with the field
 * and the reason: "data/site.json exitTo must be a full https:// address …".
 */
export function safetySettings(site: unknown): SafetySettings {
  const result = SafetySettings.safeParse(site);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`data/site.json ${issue.path.join(".")} ${issue.message}`);
}
