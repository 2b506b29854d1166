import { element } from "./element.ts";

/**
 * Tells the person a new version of the site is ready, in the page's update notice
 * (a live region, so a screen reader says it), with a button to switch now and one
 * to carry on. Nothing switches until they choose: they may be mid-sentence.
 */
export function showUpdateNotice(container: HTMLElement, useNewVersion: () => void): void {
  const button = (label: string, className: string, run: () => void) => {
    const made = element("button", { className, attributes: { type: "button" }, children: [label] });
    made.addEventListener("click", run);
    return made;
  };
  const use = button("Use the new version", "button", () => {
    use.disabled = true;
    useNewVersion();
  });
  container.replaceChildren(
    element("p", {
      className: "update-notice-text",
      children: ["A new version of this site is ready. Your answers are kept on this device whichever you choose."],
    }),
    element("p", {
      className: "update-notice-actions",
      children: [use, button("Not now", "button button-quiet", () => container.replaceChildren())],
    }),
  );
}
