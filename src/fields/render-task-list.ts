import { checkStatus, countSection, sectionStatus, signingStatus, type TaskStatus } from "../browser/workbook/task-status.ts";
import type { ContractLayout, Section } from "../layout/layout-types.ts";
import { escapeHtml } from "./escape-html.ts";
import type { StepInfo } from "./render-form.ts";

/** The fragment of the workbook's "check your answers" view. */
export const CHECK_VIEW = "check";
/** The fragment of the "your contract is ready" view. */
export const READY_VIEW = "ready";

/**
 * The workbook's overview: a task list (the GOV.UK pattern) with one task per
 * section of the contract, in order, then "Check your answers" before signing. Each
 * task links to its view and has a status the page's script keeps up to date (not
 * started, in progress, completed, and what is left, optional questions said as
 * such); without script the links still lead to each section of the long form.
 * Each status is written as the script would write it for an empty workbook (the
 * same functions, task-status.ts), so a first visit's page does not move when the
 * script starts.
 */
export function renderTaskList(layout: ContractLayout, steps: StepInfo[]): string {
  const work = layout.sections.filter((section) => section.role !== "signing");
  const empty = new Map(work.map((section) => [section.id, sectionStatus(countSection(section, {}, []))]));
  const tasks: string[] = [];
  for (const section of layout.sections) {
    if (section.role === "signing") {
      tasks.push(task(CHECK_VIEW, "Check your answers", checkStatus([...empty.values()])));
      tasks.push(task(section.id, taskName(section, steps), signingStatus([...empty.values()], { a: "unsigned", b: "unsigned" }, { a: "", b: "" }), section.key));
    } else {
      tasks.push(task(section.id, taskName(section, steps), empty.get(section.id)!, section.key));
    }
  }
  return `<section class="task-list-section" aria-labelledby="tasks-title">
<h2 id="tasks-title" tabindex="-1" data-view-heading>Your contract, step by step</h2>
<p class="task-summary" data-task-summary>Start with the two of you, then take the steps in order, or in any order that suits you.</p>
<ol class="task-list">
${tasks.join("\n")}
</ol>
<p class="task-continue"><a class="button" href="#${escapeHtml(layout.sections[0]?.id ?? CHECK_VIEW)}" data-task-continue>Start</a></p>
</section>`;
}

function taskName(section: Section, steps: StepInfo[]): string {
  const info = steps.find((step) => step.step === section.step);
  if (section.step !== undefined) return `Step ${section.step}: ${info?.title ?? section.title}`;
  return section.role === "signing" ? "Sign your contract" : section.title;
}

/** One task: its name as a link, a line of detail, and its status, which the link is described by. */
function task(id: string, name: string, status: TaskStatus, section?: string): string {
  const statusId = `task-${id}-status`;
  const detailId = `task-${id}-detail`;
  return `<li class="task" data-task="${escapeHtml(id)}"${section ? ` data-task-section="${escapeHtml(section)}"` : ""}>
<div class="task-name">
<a class="task-link" href="#${escapeHtml(id)}" aria-describedby="${statusId} ${detailId}">${escapeHtml(name)}</a>
<p class="task-detail" id="${detailId}" data-task-detail>${escapeHtml(status.detail)}</p>
</div>
<p class="task-status" id="${statusId}" data-task-status data-state="${escapeHtml(status.state)}">${escapeHtml(status.text)}</p>
</li>`;
}
