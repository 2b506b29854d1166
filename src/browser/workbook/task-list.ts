import type { SignatureState } from "../../contract/signature-state.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { Partner } from "../../layout/contract-names.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import { checkStatus, countSection, sectionStatus, signingStatus, type TaskStatus } from "./task-status.ts";
import { VIEWS } from "./workbook-stops.ts";

/** Keeps the task list, and each section's progress line, in step with the answers. */
export interface TaskList {
  /** The answers or their problems changed. */
  update(data: Record<string, unknown>, errors: readonly FieldError[]): void;
  /** The signatures were compared with the answers as they are now. */
  signatures(states: Readonly<Record<Partner, SignatureState>>, names: Readonly<Record<Partner, string>>): void;
  /**
   * Counts one partner's questions and those the two share (a person filling in their
   * own answers: checking and signing wait for the merge), or everyone's with undefined.
   */
  setPartner(partner: Partner | undefined): void;
}

/**
 * The overview's task list (render-task-list.ts): each task's status tag and detail,
 * the line that says how far the couple has come, and the button that continues
 * where there is something left to do; and the progress line at the top of each
 * section's view, which says the same as its task.
 */
export function createTaskList(root: ParentNode, layout: ContractLayout): TaskList {
  let sections = new Map<string, TaskStatus>();
  let signing: TaskStatus | undefined;
  let partner: Partner | undefined;
  let last: { data: Record<string, unknown>; errors: readonly FieldError[] } = { data: {}, errors: [] };
  const work = () => layout.sections.filter((section) => section.role !== "signing");

  const show = (id: string, status: TaskStatus) => {
    const task = root.querySelector<HTMLElement>(`[data-task="${CSS.escape(id)}"]`);
    if (task) {
      const tag = task.querySelector<HTMLElement>("[data-task-status]");
      if (tag) {
        tag.textContent = status.text;
        tag.dataset.state = status.state;
      }
      const detail = task.querySelector("[data-task-detail]");
      if (detail) detail.textContent = status.detail;
    }
    const section = layout.sections.find((candidate) => candidate.id === id);
    const progress = section && root.querySelector<HTMLElement>(`[data-progress="${CSS.escape(section.key)}"]`);
    if (progress) {
      progress.textContent = status.detail ? `${status.text}: ${status.detail}` : status.text;
      progress.dataset.state = status.state;
    }
  };

  const summarize = () => {
    const statuses = [...sections.values(), ...(signing && !partner ? [signing] : [])];
    const done = statuses.filter((status) => status.state === "complete").length;
    const summary = root.querySelector("[data-task-summary]");
    if (summary) {
      summary.textContent =
        done === 0 && statuses.every((status) => status.state === "not-started" || status.state === "cannot-start")
          ? "Start with the two of you, then take the steps in order, or in any order that suits you."
          : `You have completed ${done} of ${statuses.length} parts.`;
    }
    const button = root.querySelector<HTMLAnchorElement>("[data-task-continue]");
    if (!button) return;
    const next = work().find((section) => sections.get(section.id)?.state !== "complete");
    const started = statuses.some((status) => status.state !== "not-started" && status.state !== "cannot-start");
    if (next || partner) {
      button.href = `#${next?.id ?? VIEWS.draft}`;
      button.textContent = next ? (started ? "Continue" : "Start") : "Save your draft";
    } else if (signing?.state === "complete") {
      button.href = `#${VIEWS.ready}`;
      button.textContent = "See what to do next";
    } else {
      button.href = `#${VIEWS.check}`;
      button.textContent = "Check your answers";
    }
  };

  return {
    update(data, errors) {
      last = { data, errors };
      sections = new Map(work().map((section) => [section.id, sectionStatus(countSection(section, data, errors, partner))]));
      for (const [id, status] of sections) show(id, status);
      show(VIEWS.check, checkStatus([...sections.values()]));
      summarize();
    },
    signatures(states, names) {
      const section = layout.sections.find((candidate) => candidate.role === "signing");
      if (!section) return;
      signing = signingStatus([...sections.values()], states, names);
      show(section.id, signing);
      summarize();
    },
    setPartner(next) {
      partner = next;
      const signingId = layout.sections.find((section) => section.role === "signing")?.id;
      for (const id of [VIEWS.check, signingId]) {
        const task = id === undefined ? null : root.querySelector<HTMLElement>(`[data-task="${CSS.escape(id)}"]`);
        if (task) task.hidden = partner !== undefined;
      }
      this.update(last.data, last.errors);
    },
  };
}
