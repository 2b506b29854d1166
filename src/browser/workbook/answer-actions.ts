import type { Confirmation } from "./confirm-dialog.ts";
import type { Announce } from "./live-region.ts";
import type { Notices } from "./notices.ts";
import type { Saving } from "./saving.ts";
import type { WorkbookState } from "./workbook-state.ts";

/**
 * What a part of the workbook needs to replace the answers it holds and say so:
 * opening a file, bringing two drafts together, starting a renewal. Each asks before
 * anything is replaced, and saves what it put in.
 */
export interface AnswerActions {
  state: WorkbookState;
  saving: Saving;
  notices: Notices;
  announce: Announce;
  /** Asks a yes-or-no question; true only for yes. */
  confirm: (question: Confirmation) => Promise<boolean>;
  /** Puts answers into the form, replacing every answer it held. */
  load: (data: Record<string, unknown>) => void;
}
