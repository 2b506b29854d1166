import { element } from "../element.ts";

/** A button on a notice. */
export interface NoticeAction {
  label: string;
  run(): void;
}

/** A message shown above the form until it is dismissed or replaced. */
export interface Notice {
  id: string;
  tone: "info" | "success" | "warning" | "error";
  title: string;
  text?: string;
  /** Shown as a list under the text: field errors of an imported file, for example. */
  items?: string[];
  actions?: NoticeAction[];
  /** Runs when the person dismisses it (not when it is replaced or removed by the page). */
  onDismiss?: () => void;
}

/** Shows and removes notices in one container. */
export interface Notices {
  show(notice: Notice): void;
  dismiss(id: string): void;
}

/**
 * Notices for things that happen to the whole contract (storage trouble, another
 * tab, an import). Text goes in as text nodes (see element.ts), and warnings and errors are alerts
 * so a screen reader says them at once. A notice with the same id replaces the last.
 */
export function createNotices(container: HTMLElement): Notices {
  const dismiss = (id: string) => container.querySelector(`[data-notice="${CSS.escape(id)}"]`)?.remove();
  return {
    dismiss,
    show(notice) {
      dismiss(notice.id);
      const button = (label: string, tone: string, run: () => void) => {
        const made = element("button", { className: `button ${tone}`, attributes: { type: "button" }, children: [label] });
        made.addEventListener("click", run);
        return made;
      };
      const box = element("div", {
        className: `notice notice-${notice.tone}`,
        attributes: {
          "data-notice": notice.id,
          role: notice.tone === "warning" || notice.tone === "error" ? "alert" : "status",
        },
      });
      box.append(
        element("p", { className: "notice-title", children: [notice.title] }),
        ...(notice.text ? [element("p", { children: [notice.text] })] : []),
        ...(notice.items?.length ? [element("ul", { children: notice.items.map((item) => element("li", { children: [item] })) })] : []),
        element("p", {
          className: "notice-actions",
          children: [
            ...(notice.actions ?? []).map((action) => button(action.label, "button-secondary", action.run)),
            button("Dismiss", "button-quiet", () => {
              box.remove();
              notice.onDismiss?.();
            }),
          ],
        }),
      );
      container.prepend(box);
    },
  };
}
