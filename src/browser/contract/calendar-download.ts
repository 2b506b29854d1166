import { partnerNames } from "../../contract/partners.ts";
import { exportFileName, saveFile } from "../workbook/save-file.ts";

/**
 * Makes the "Add our rituals to your calendar" button download the shown contract's
 * calendar (an .ics file), made in the page: the calendar code (ical-generator) is
 * a chunk of its own, loaded the first time the button is pressed, and nothing leaves
 * the device. What happened is said in `status` (a live region): how many events
 * the file holds, what could not be placed and why, or what to answer first.
 */
export function offerCalendar(button: HTMLButtonElement, status: HTMLElement, shown: () => Record<string, unknown> | undefined): void {
  button.addEventListener("click", async () => {
    const contract = shown();
    if (!contract) return;
    button.disabled = true;
    status.textContent = "Making your calendar file…";
    try {
      const { calendarFile } = await import("../../calendar/calendar-file.ts");
      const calendar = await calendarFile(contract);
      if (!calendar.ok) {
        status.textContent = `No calendar yet: ${calendar.message}. Answer it in the workbook, then try again.`;
        return;
      }
      const names = partnerNames(contract);
      saveFile(calendar.text, exportFileName([names.a, names.b], new Date()).replace(/\.json$/, ".ics"), "text/calendar");
      const events = `${calendar.events} ${calendar.events === 1 ? "event" : "events"}`;
      const leftOut = calendar.leftOut.length ? ` Not in it: ${calendar.leftOut.join("; ")}. Add the days in the workbook to include them.` : "";
      status.textContent = `Your calendar file is downloaded, with ${events}: open it to add them to your calendar. If you renew your contract, the new file updates the same events.${leftOut}`;
    } catch (error) {
      status.textContent = `The calendar file could not be made here (${(error as Error).message}). Reload the page and try again.`;
    } finally {
      button.disabled = false;
    }
  });
}
