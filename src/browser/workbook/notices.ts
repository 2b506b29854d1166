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
}

/** Shows and removes notices in one container. */
export interface Notices {
  show(notice: Notice): void;
  dismiss(id: string): void;
}

/**
 * Notices for things that happen to the whole contract (storage trouble, another
 * tab, an import). Text is set with textContent, and warnings and errors are alerts
 * so a screen reader says them at once. A notice with the same id replaces the last.
 */
export function createNotices(container: HTMLElement): Notices {
  const dismiss = (id: string) => container.querySelector(`[data-notice="${CSS.escape(id)}"]`)?.remove();
  return {
    dismiss,
    show(notice) {
      dismiss(notice.id);
      const box = document.createElement("div");
      box.className = `notice notice-${notice.tone}`;
      box.dataset.notice = notice.id;
      box.setAttribute("role", notice.tone === "warning" || notice.tone === "error" ? "alert" : "status");
      const title = document.createElement("p");
      title.className = "notice-title";
      title.textContent = notice.title;
      box.append(title);
      if (notice.text) {
        const text = document.createElement("p");
        text.textContent = notice.text;
        box.append(text);
      }
      if (notice.items?.length) {
        const list = document.createElement("ul");
        for (const item of notice.items) {
          const entry = document.createElement("li");
          entry.textContent = item;
          list.append(entry);
        }
        box.append(list);
      }
      const actions = document.createElement("p");
      actions.className = "notice-actions";
      for (const action of notice.actions ?? []) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "button button-secondary";
        button.textContent = action.label;
        button.addEventListener("click", action.run);
        actions.append(button);
      }
      const close = document.createElement("button");
      close.type = "button";
      close.className = "button button-quiet";
      close.textContent = "Dismiss";
      close.addEventListener("click", () => box.remove());
      actions.append(close);
      box.append(actions);
      container.prepend(box);
    },
  };
}
