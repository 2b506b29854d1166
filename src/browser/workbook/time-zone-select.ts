import { COUPLE, TIME_ZONE, VERSION_KEY } from "../../layout/contract-names.ts";

/**
 * Selects a time zone in a time-zone list, adding it when the list (the zones known
 * where the page was built) lacks it: a zone saved on another device, or a browser
 * that names its own zone differently (Safari's Asia/Kolkata for Asia/Calcutta),
 * must never be dropped by a list that cannot show it.
 */
export function chooseTimeZone(select: HTMLSelectElement, zone: string): void {
  if (zone && ![...select.options].some((option) => option.value === zone)) {
    const option = document.createElement("option");
    option.value = zone;
    option.textContent = zone.replaceAll("_", " ");
    select.append(option);
  }
  select.value = zone;
}

/** The browser's own time zone (an IANA name), or undefined where it cannot say. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Chooses the browser's own time zone in each time-zone list that has none chosen
 * yet, so a couple starts from where they are (issue 13) and can change it.
 */
export function preselectTimeZones(form: HTMLFormElement): void {
  const zone = browserTimeZone();
  if (!zone) return;
  for (const select of form.querySelectorAll<HTMLSelectElement>("select[data-time-zone]")) {
    if (!select.value) chooseTimeZone(select, zone);
  }
}

/**
 * Contract data without the time zone this page chose for the couple (the
 * browser's own) while it is all the first part holds: a workbook where nobody has
 * answered anything yet is "not started", whatever the page preselected.
 */
export function answersGiven(data: Record<string, unknown>, zone = browserTimeZone()): Record<string, unknown> {
  const couple = data[COUPLE];
  if (typeof couple !== "object" || couple === null || Array.isArray(couple)) return data;
  const { [TIME_ZONE]: chosen, ...answers } = couple as Record<string, unknown>;
  if (Object.keys(answers).length || chosen === undefined || chosen !== zone) return data;
  const { [COUPLE]: _chosenOnly, ...rest } = data;
  return rest;
}

/**
 * True when contract data holds nothing a person gave: only its version and, at
 * most, the time zone this page chose for them. Opening a file into such a workbook
 * replaces nothing anyone wrote, so nothing needs asking.
 */
export function holdsNothingGiven(data: Record<string, unknown>, zone = browserTimeZone()): boolean {
  return Object.keys(answersGiven(data, zone)).every((key) => key === VERSION_KEY);
}
