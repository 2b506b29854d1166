import type { Question } from "../layout/layout-types.ts";
import { attributes, escapeHtml } from "./escape-html.ts";

/**
 * The time zones a couple chooses from, grouped by region as a long list needs:
 * the IANA names the ICU data of the build's Node.js knows (Chromium's own list),
 * and UTC. Stored as the IANA name (`Europe/London`); shown with spaces for the
 * underscores ("America/New York"). The page's script preselects the browser's own
 * zone when none is chosen yet, adding it when this list lacks it.
 */
export function renderTimeZoneSelect(question: Question, id: string, label: string, extra: { hint: string; errorSlot: string; describedBy: string }, constraints: Record<string, string>): string {
  const groups = new Map<string, string[]>();
  for (const zone of [...Intl.supportedValuesOf("timeZone"), "UTC"]) {
    const region = zone.includes("/") ? (zone.split("/")[0] as string) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  const options = [...groups].map(
    ([region, zones]) =>
      `<optgroup label="${escapeHtml(region)}">\n${zones.map((zone) => `<option value="${escapeHtml(zone)}">${escapeHtml(zone.replaceAll("_", " "))}</option>`).join("\n")}\n</optgroup>`,
  );
  return `<div class="field" data-field="${escapeHtml(question.path)}">
<label class="field-label" for="${id}">${label}</label>
${extra.hint}
${extra.errorSlot}
<select class="input select" id="${id}" name="${escapeHtml(question.path)}" data-time-zone${attributes(constraints)}${extra.describedBy}>
<option value="">Choose your time zone</option>
${options.join("\n")}
</select>
</div>`;
}
