import type { AnswerActions } from "./answer-actions.ts";
import type { Change } from "../../compare/list-changes.ts";
import { mergeDrafts, type PartnerDrafts } from "../../compare/merge-drafts.ts";
import { pairDrafts } from "../../compare/pair-drafts.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import { DRAFT_OF, PARTNERS, type Partner } from "../../layout/contract-names.ts";
import type { ContractLayout } from "../../layout/layout-types.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import type { MergeKit } from "./merge-kit.ts";
import { readDraftFile } from "./read-draft-file.ts";
import { readResolutions, renderConflicts } from "./render-conflicts.ts";

/** What the merge view needs from the page. */
export interface MergeViewOptions extends AnswerActions {
  view: HTMLElement;
  schema: CompiledSchema;
  layout: ContractLayout;
  describe: (error: FieldError) => string;
  /** Shows problems on their fields, and keeps checking every change from then on. */
  flag: (errors: FieldError[]) => void;
  /** Goes to a view of the workbook, as a link would. */
  go: (fragment: string) => void;
  /** The shared code this chunk uses, from the workbook's own script. */
  kit: MergeKit;
}

/**
 * "Bring two drafts together": reads two partners' draft files (each checked as
 * "Open a file" checks a contract, and said whose it is), shows every shared answer
 * they give differently side by side, by step, to choose or rewrite one by one, and
 * only then, after a yes if the workbook holds answers, replaces the workbook's
 * answers with the merged, unsigned contract. Nothing is chosen for the couple.
 */
export function startMergeView(options: MergeViewOptions): void {
  const { view, schema, layout, state, notices, announce, kit } = options;
  const { element, partnerName } = kit;
  const find = <T extends Element>(selector: string) => {
    const found = view.querySelector<T>(selector);
    if (!found) throw new Error(`the merge view has no ${selector}`);
    return found;
  };
  const inputs = [find<HTMLInputElement>("#merge-first"), find<HTMLInputElement>("#merge-second")];
  const summary = find<HTMLElement>("[data-merge-summary]");
  const opening = find<HTMLElement>('[data-merge-step="open"]');
  const choosing = find<HTMLElement>('[data-merge-step="choose"]');
  const conflictsBox = find<HTMLElement>("[data-merge-conflicts]");
  let drafts: PartnerDrafts | undefined;
  let changes: Change[] = [];

  const showSummary = (problems: { message: string; control: HTMLElement }[]) => {
    const list = summary.querySelector("[data-error-list]") as HTMLElement;
    list.replaceChildren(
      ...problems.map(({ message, control }) => {
        const link = element("a", { attributes: { href: `#${control.id}` }, children: [message] });
        link.addEventListener("click", (event) => {
          event.preventDefault();
          control.focus({ preventScroll: true });
          (control.closest("fieldset, .field")?.querySelector("legend, label") ?? control).scrollIntoView({ block: "start" });
        });
        return element("li", { children: [link] });
      }),
    );
    summary.hidden = problems.length === 0;
    if (problems.length) summary.focus();
  };
  const fieldError = (input: HTMLInputElement, message: string) => {
    const error = view.querySelector<HTMLElement>(`#${input.id}-error`);
    if (error) {
      error.textContent = message;
      error.hidden = message === "";
    }
    input.closest(".field")?.classList.toggle("has-error", message !== "");
    if (message) input.setAttribute("aria-describedby", `${input.id}-error merge-files-hint`);
    else input.setAttribute("aria-describedby", "merge-files-hint");
  };

  const read = async () => {
    // The last attempt's problems go at once: what shows next is about these files.
    showSummary([]);
    const problems: { message: string; control: HTMLElement }[] = [];
    const files = inputs.map((input) => input.files?.[0]);
    const read = await Promise.all(files.map((file) => (file ? readDraftFile(file, kit.openText, options.describe, kit.maxBytes) : undefined)));
    inputs.forEach((input, index) => {
      const result = read[index];
      const message = result === undefined ? (index === 0 ? "Choose one draft" : "Choose the other draft") : result.ok ? "" : result.message;
      fieldError(input, message);
      if (message) problems.push({ message, control: input });
    });
    const [one, two] = read;
    if (!problems.length && one?.ok && two?.ok) {
      const paired = pairDrafts(one.draft, two.draft);
      if (!paired.ok) {
        const input = paired.file === one.draft.name && paired.file !== two.draft.name ? inputs[0] : inputs[1];
        fieldError(input as HTMLInputElement, paired.message);
        problems.push({ message: paired.message, control: input as HTMLInputElement });
      } else {
        drafts = paired.drafts;
      }
    }
    showSummary(problems);
    if (problems.length || !drafts) return;
    showChoices(drafts);
  };

  const showChoices = (pair: PartnerDrafts) => {
    const names = Object.fromEntries(PARTNERS.map((partner) => [partner, partnerName(pair[partner], partner)])) as Record<Partner, string>;
    changes = kit.listChanges(pair.a, pair.b);
    const merge = mergeDrafts(pair, changes);
    renderConflicts(conflictsBox, merge.conflicts, names, layout, kit);
    const count = merge.conflicts.length;
    const taken = merge.onlyOne + merge.fromOther.length;
    const intro = find<HTMLElement>("[data-merge-intro]");
    intro.textContent = [
      `${names.a}’s and ${names.b}’s drafts are open. Each of your own answers comes from your own draft.`,
      count
        ? `${count} ${count === 1 ? "answer you share differs" : "answers you share differ"}: for each, choose whose answer goes in your contract, or write a different one.`
        : "Every answer you share is the same in both drafts.",
      taken ? `${taken} ${taken === 1 ? "answer only one of you gave was" : "answers only one of you gave were"} taken as ${taken === 1 ? "it is" : "they are"}.` : "",
    ]
      .filter(Boolean)
      .join(" ");
    find<HTMLElement>("[data-merge-replace]").hidden = holdsNothing(state.data, kit.holdsNothingGiven);
    opening.hidden = true;
    choosing.hidden = false;
    find<HTMLElement>("#merge-title").focus();
    announce(intro.textContent);
  };

  const apply = async () => {
    if (!drafts) return;
    const { resolutions, problems } = readResolutions(conflictsBox);
    showSummary(problems);
    if (problems.length) return;
    const merged = mergeDrafts(drafts, changes, resolutions).contract as Record<string, unknown>;
    // A written answer is checked as any answer is: it comes in, its problems shown by their questions.
    const opened = kit.openValue({ ...merged, schemaVersion: schema.version });
    if (opened.kind !== "loaded") return;
    if (
      !holdsNothing(state.data, kit.holdsNothingGiven) &&
      !(await options.confirm({
        title: "Replace your answers?",
        text: "Bringing the two drafts together replaces every answer in this workbook. Save a copy first if you may want them back.",
        confirmLabel: "Replace my answers",
      }))
    ) {
      announce("Nothing was changed");
      return;
    }
    options.load(opened.data);
    if (opened.errors?.length) options.flag(opened.errors);
    const saved = (await options.saving.save())?.ok === true;
    restart();
    notices.show({
      id: "import",
      tone: opened.errors?.length ? "warning" : "success",
      title: "Your two drafts are together",
      text: [
        "Your contract is not signed yet: check your answers together, then both sign.",
        opened.errors?.length ? `${opened.errors.length} ${opened.errors.length === 1 ? "answer needs" : "answers need"} changing: see the messages by each question.` : "",
        saved ? "" : "It is in this page only: save it to a file.",
      ]
        .filter(Boolean)
        .join(" "),
    });
    options.go("overview");
  };

  const restart = () => {
    drafts = undefined;
    for (const input of inputs) {
      input.value = "";
      fieldError(input, "");
    }
    conflictsBox.replaceChildren();
    showSummary([]);
    opening.hidden = false;
    choosing.hidden = true;
  };

  const readButton = find<HTMLButtonElement>("[data-merge-read]");
  readButton.addEventListener("click", () => void read());
  // Disabled in the page until this code has loaded, so no press is lost.
  readButton.disabled = false;
  find("[data-merge-apply]").addEventListener("click", () => void apply());
  find("[data-merge-restart]").addEventListener("click", () => {
    restart();
    inputs[0]?.focus();
  });
}

/** True when the workbook holds nothing a person wrote (whose draft it is counts for nothing). */
function holdsNothing(data: Record<string, unknown>, holdsNothingGiven: (data: Record<string, unknown>) => boolean): boolean {
  const { [DRAFT_OF]: _whose, ...answers } = data;
  return holdsNothingGiven(answers);
}
