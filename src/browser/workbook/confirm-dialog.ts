/** What a confirmation asks. */
export interface Confirmation {
  title: string;
  text: string;
  confirmLabel: string;
}

/**
 * Asks a yes-or-no question in the page's modal <dialog>, which keeps focus inside it
 * and returns it afterwards. Resolves true only for the confirm button; Escape,
 * Cancel and closing the dialog all mean no.
 */
export function confirmAction(dialog: HTMLDialogElement, question: Confirmation): Promise<boolean> {
  const title = dialog.querySelector("#confirm-title");
  const text = dialog.querySelector("#confirm-text");
  const yes = dialog.querySelector<HTMLButtonElement>("[data-confirm-yes]");
  const no = dialog.querySelector<HTMLButtonElement>("[data-confirm-no]");
  if (!title || !text || !yes || !no) throw new Error("the confirmation dialog is missing its parts");
  title.textContent = question.title;
  text.textContent = question.text;
  yes.textContent = question.confirmLabel;
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      yes.removeEventListener("click", onYes);
      no.removeEventListener("click", onNo);
      dialog.removeEventListener("close", onClose);
      if (dialog.open) dialog.close();
      resolve(answer);
    };
    const onYes = () => finish(true);
    const onNo = () => finish(false);
    const onClose = () => finish(false);
    yes.addEventListener("click", onYes);
    no.addEventListener("click", onNo);
    dialog.addEventListener("close", onClose);
    dialog.showModal();
    // The safe answer has focus first: a stray Enter must not clear anything.
    no.focus();
  });
}
